package io.tierdesk.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tierdesk.platform.TimeZones;
import io.tierdesk.sla.Calendars;
import io.tierdesk.sla.Calendars.CalendarView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The admin form of one calendar. Its rows travel as parallel lists, as a browser sends
 * repeated fields in page order: the n-th {@code day}, {@code start} and {@code end} are
 * one weekly interval; the n-th {@code dateOn}, {@code dateKind}, {@code dateStart} and
 * {@code dateEnd} are one holiday or special day. A row left empty is no row, so an
 * interval is removed by clearing it and added in one of the empty rows the page always
 * shows; no script is needed. {@link CalendarFormReading} turns it into what the API
 * takes, so both refuse the same things in the same words.
 */
record CalendarForm(
		@NotBlank(message = "give the calendar a name") @Size(max = Calendars.NAME_MAX) @Nullable String name,
		@NotBlank(message = "choose a time zone, such as Europe/Berlin") @Size(
				max = TimeZones.NAME_MAX) @Nullable String timeZone,
		@Nullable Long version, @Nullable Boolean allWeek, @Nullable List<String> day, @Nullable List<String> start,
		@Nullable List<String> end, @Nullable List<String> dateOn, @Nullable List<String> dateKind,
		@Nullable List<String> dateStart, @Nullable List<String> dateEnd) {

	/** A date row that closes the desk on that date. */
	static final String CLOSED = "closed";

	/** A date row that closes the desk on that day of every year. */
	static final String YEARLY = "yearly";

	/** A date row that opens the desk only in its own hours that day (a half day). */
	static final String HOURS = "hours";

	static final String WHOLE_DAY_START = "00:00";

	static final String WHOLE_DAY_END = "24:00";

	/** Office hours to start from: Monday to Friday 09:00–17:00, in UTC. */
	static CalendarForm blank() {
		List<String> days = new ArrayList<>();
		for (DayOfWeek d : DayOfWeek.values()) {
			if (d.getValue() <= DayOfWeek.FRIDAY.getValue()) {
				days.add(d.name());
			}
		}
		return new CalendarForm("", "UTC", null, false, days, days.stream().map(d -> "09:00").toList(),
				days.stream().map(d -> "17:00").toList(), List.of(), List.of(), List.of(), List.of());
	}

	/** The form showing a saved calendar; a week open all day every day is 24×7. */
	static CalendarForm of(CalendarView calendar, Year thisYear) {
		boolean allWeek = isAllWeek(calendar.hours());
		List<String> days = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		List<String> ends = new ArrayList<>();
		if (!allWeek) {
			calendar.hours().forEach((d, pairs) -> pairs.forEach(pair -> {
				days.add(d);
				starts.add(pair.get(0));
				ends.add(pair.get(1));
			}));
		}
		List<String> on = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<String> dateStarts = new ArrayList<>();
		List<String> dateEnds = new ArrayList<>();
		for (String holiday : calendar.holidays()) {
			boolean yearly = holiday.startsWith("--");
			on.add(yearly ? inYear(MonthDay.parse(holiday), thisYear).toString() : holiday);
			kinds.add(yearly ? YEARLY : CLOSED);
			dateStarts.add("");
			dateEnds.add("");
		}
		calendar.specialDays().forEach((date, pairs) -> pairs.forEach(pair -> {
			on.add(date);
			kinds.add(HOURS);
			dateStarts.add(pair.get(0));
			dateEnds.add(pair.get(1));
		}));
		return new CalendarForm(calendar.name(), calendar.timeZone(), calendar.version(), allWeek, days, starts, ends,
				on, kinds, dateStarts, dateEnds);
	}

	/** The same typed values, to be saved over another version. */
	CalendarForm rebasedOn(long current) {
		return new CalendarForm(name, timeZone, current, allWeek, day, start, end, dateOn, dateKind, dateStart,
				dateEnd);
	}

	/** Whether the 24×7 box is ticked (read by the page). */
	public boolean isAllWeek() {
		return Boolean.TRUE.equals(allWeek);
	}

	static boolean isAllWeek(Map<String, List<List<String>>> hours) {
		List<List<String>> wholeDay = List.of(List.of(WHOLE_DAY_START, WHOLE_DAY_END));
		return hours.size() == DayOfWeek.values().length && hours.values().stream().allMatch(wholeDay::equals);
	}

	/** Every weekday open all day, as the API takes it. */
	static Map<String, List<List<String>>> allWeekHours() {
		Map<String, List<List<String>>> hours = new LinkedHashMap<>();
		for (DayOfWeek d : DayOfWeek.values()) {
			hours.put(d.name(), List.of(List.of(WHOLE_DAY_START, WHOLE_DAY_END)));
		}
		return hours;
	}

	/**
	 * A yearly holiday shown as a date of this year; 29 February in the next leap year,
	 * since a date field cannot hold a day without its year.
	 */
	private static LocalDate inYear(MonthDay day, Year year) {
		Year shown = year;
		while (!day.isValidYear(shown.getValue())) {
			shown = shown.plusYears(1);
		}
		return day.atYear(shown.getValue());
	}

	static String at(@Nullable List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
	}

	static int rows(@Nullable List<?>... lists) {
		int rows = 0;
		for (List<?> list : lists) {
			rows = Math.max(rows, list == null ? 0 : list.size());
		}
		return rows;
	}

}
