package io.tierdesk.sla.web;

import static io.tierdesk.sla.web.CalendarForm.at;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.tierdesk.platform.Problem.FieldError;
import io.tierdesk.sla.Calendars.CalendarDraft;
import org.jspecify.annotations.Nullable;

/**
 * A calendar form read: what it says as the API takes it, the rows to show again (as
 * typed, grouped by weekday, with empty rows to add to) each with the API field its
 * errors are named by ({@code hours.MONDAY[1]}, {@code holidays[0]}), and what is wrong
 * with a row before the API's checks can say it (half an interval, a date row without a
 * date).
 */
final class CalendarFormReading {

	/** Empty date rows shown below the filled ones, to add holidays without a script. */
	static final int EMPTY_DATE_ROWS = 3;

	/** One weekly interval row; {@code field} names its errors. */
	record WeekRow(String start, String end, String field) {
	}

	/**
	 * A weekday's rows; {@code field} names the errors of the day as a whole (overlaps).
	 */
	record WeekDay(String day, String label, String field, List<WeekRow> rows) {
	}

	/** One holiday or special-day row, with every field its errors may be named by. */
	record DateRow(String on, String kind, String start, String end, List<String> fields) {
	}

	private final Map<String, List<List<String>>> hours = new LinkedHashMap<>();

	private final List<String> holidays = new ArrayList<>();

	private final Map<String, List<List<String>>> specialDays = new LinkedHashMap<>();

	private final List<FieldError> errors = new ArrayList<>();

	private final Set<String> placed = new HashSet<>(
			List.of("form", "name", "timeZone", "version", "allWeek", "hours", "holidays", "specialDays"));

	private final List<WeekDay> week = new ArrayList<>();

	private final List<DateRow> dates = new ArrayList<>();

	private final CalendarForm form;

	private CalendarFormReading(CalendarForm form) {
		this.form = form;
		readWeek();
		readDates();
	}

	static CalendarFormReading of(CalendarForm form) {
		return new CalendarFormReading(form);
	}

	/** The calendar as the API takes it: 24×7 replaces the weekly rows. */
	CalendarDraft draft() {
		return new CalendarDraft(String.valueOf(form.name()).strip(), String.valueOf(form.timeZone()).strip(),
				form.isAllWeek() ? CalendarForm.allWeekHours() : hours, holidays, specialDays);
	}

	/** Rows the API could not be given as they are, by the field shown beside them. */
	List<FieldError> errors() {
		return errors;
	}

	List<WeekDay> week() {
		return week;
	}

	List<DateRow> dates() {
		return dates;
	}

	/** Whether the page shows an error of that field beside a field. */
	boolean isPlaced(String field) {
		return placed.contains(field);
	}

	/** Each weekday's intervals as typed, {@code 09:00–12:00, 13:00–17:00}. */
	Map<String, String> hoursInWords() {
		return HoursInWords.byDay(draft().hours());
	}

	private void readWeek() {
		Map<String, List<WeekRow>> byDay = new LinkedHashMap<>();
		for (DayOfWeek d : DayOfWeek.values()) {
			byDay.put(d.name(), new ArrayList<>());
		}
		for (int i = 0; i < CalendarForm.rows(form.day(), form.start(), form.end()); i++) {
			String d = at(form.day(), i);
			String from = at(form.start(), i);
			String to = at(form.end(), i);
			if (from.isEmpty() && to.isEmpty()) {
				continue;
			}
			List<List<String>> pairs = hours.computeIfAbsent(d, key -> new ArrayList<>());
			String field = "hours." + d + "[" + pairs.size() + "]";
			if (from.isEmpty() || to.isEmpty()) {
				field = "week." + i;
				refuse(field, "give both a start and an end; clear both to remove the interval");
			}
			else {
				pairs.add(List.of(from, to));
			}
			List<WeekRow> rows = byDay.get(d);
			if (rows != null) {
				rows.add(new WeekRow(from, to, place(field)));
			}
		}
		if (form.isAllWeek()) {
			errors.removeIf(e -> e.field().startsWith("week."));
		}
		hours.values().removeIf(List::isEmpty);
		byDay.forEach((d, rows) -> {
			rows.add(new WeekRow("", "", ""));
			String label = DayOfWeek.valueOf(d).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			week.add(new WeekDay(d, label, place("hours." + d), rows));
		});
	}

	private void readDates() {
		for (int i = 0; i < CalendarForm.rows(form.dateOn(), form.dateKind(), form.dateStart(), form.dateEnd()); i++) {
			String on = at(form.dateOn(), i);
			String kind = at(form.dateKind(), i);
			String from = at(form.dateStart(), i);
			String to = at(form.dateEnd(), i);
			if (on.isEmpty() && from.isEmpty() && to.isEmpty()) {
				continue;
			}
			List<String> fields = new ArrayList<>(List.of(place("dates." + i)));
			readDate(i, on, kind, from, to, fields);
			dates.add(new DateRow(on, kind, from, to, fields));
		}
		for (int i = 0; i < EMPTY_DATE_ROWS; i++) {
			dates.add(new DateRow("", CalendarForm.CLOSED, "", "", List.of()));
		}
	}

	private void readDate(int i, String on, String kind, String from, String to, List<String> fields) {
		String row = "dates." + i;
		if (on.isEmpty()) {
			refuse(row, "give the date");
			return;
		}
		boolean closed = CalendarForm.CLOSED.equals(kind) || CalendarForm.YEARLY.equals(kind);
		if (closed && !(from.isEmpty() && to.isEmpty())) {
			refuse(row, "a closed day has no hours: clear them, or choose open only these hours");
			return;
		}
		switch (kind) {
			case CalendarForm.CLOSED -> {
				fields.add(place("holidays[" + holidays.size() + "]"));
				holidays.add(on);
			}
			case CalendarForm.YEARLY -> {
				String yearly = yearly(on);
				if (yearly == null) {
					refuse(row, on + " is not a date (2026-12-25)");
				}
				else {
					fields.add(place("holidays[" + holidays.size() + "]"));
					holidays.add(yearly);
				}
			}
			case CalendarForm.HOURS -> {
				if (from.isEmpty() || to.isEmpty()) {
					refuse(row, "give the hours of this day (a start and an end), or choose closed");
					return;
				}
				List<List<String>> pairs = specialDays.computeIfAbsent(on, key -> new ArrayList<>());
				if (pairs.isEmpty()) {
					fields.add(place("specialDays." + on));
				}
				fields.add(place("specialDays." + on + "[" + pairs.size() + "]"));
				pairs.add(List.of(from, to));
			}
			default -> refuse(row, "choose closed, closed every year or open only these hours");
		}
	}

	/** {@code --12-25} for a date of any year (or already written so). */
	private static @Nullable String yearly(String on) {
		if (on.startsWith("--")) {
			return on;
		}
		try {
			return MonthDay.from(LocalDate.parse(on)).toString();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private void refuse(String field, String message) {
		errors.add(new FieldError(place(field), message));
	}

	private String place(String field) {
		placed.add(field);
		return field;
	}

}
