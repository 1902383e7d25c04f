package io.tierdesk.sla.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tierdesk.platform.Problem;
import io.tierdesk.platform.Problem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Turns a calendar as a client writes it (zone id, {@code "HH:mm"} pairs per weekday,
 * holiday texts, special days) into {@link CalendarRules}, or refuses it naming every
 * field at fault and why. The API and the admin page share it, so both say the same
 * thing.
 */
public final class CalendarRulesCheck {

	/** The most intervals on one day. */
	public static final int MAX_INTERVALS_PER_DAY = 24;

	/** The most holidays (dated and yearly together) and special days, each. */
	public static final int MAX_DAYS = 2000;

	private final List<FieldError> errors = new ArrayList<>();

	private CalendarRulesCheck() {
	}

	/**
	 * @throws Problem.InvalidInput naming each field at fault
	 */
	public static CalendarRules check(@Nullable String timeZone, Map<String, List<List<String>>> hours,
			List<String> holidays, Map<String, List<List<String>>> specialDays) {
		CalendarRulesCheck check = new CalendarRulesCheck();
		ZoneId zone = check.zone(timeZone);
		Map<DayOfWeek, List<WorkingInterval>> week = check.week(hours);
		Set<LocalDate> dated = new HashSet<>();
		Set<MonthDay> yearly = new HashSet<>();
		check.holidays(holidays, dated, yearly);
		Map<LocalDate, List<WorkingInterval>> special = check.specialDays(specialDays, dated);
		if (!check.errors.isEmpty()) {
			throw new Problem.InvalidInput(check.errors);
		}
		return new CalendarRules(zone == null ? ZoneId.of("UTC") : zone, week, dated, yearly, special);
	}

	/**
	 * An IANA zone id ({@code Europe/Berlin}, {@code UTC}); fixed offsets are not one.
	 */
	public static boolean isZone(@Nullable String id) {
		return id != null && ZoneId.getAvailableZoneIds().contains(id);
	}

	private @Nullable ZoneId zone(@Nullable String id) {
		if (id == null || id.isBlank()) {
			errors.add(new FieldError("timeZone", "a time zone is required, e.g. Europe/Berlin"));
			return null;
		}
		if (!isZone(id)) {
			errors
				.add(new FieldError("timeZone", "unknown time zone " + id + "; use an IANA id such as Europe/Berlin"));
			return null;
		}
		return ZoneId.of(id);
	}

	private Map<DayOfWeek, List<WorkingInterval>> week(Map<String, List<List<String>>> hours) {
		Map<DayOfWeek, List<WorkingInterval>> week = new HashMap<>();
		hours.forEach((name, pairs) -> {
			DayOfWeek day = weekday(name);
			if (day == null) {
				errors.add(new FieldError("hours." + name, "not a weekday; use MONDAY to SUNDAY"));
			}
			else {
				week.put(day, intervals("hours." + name, pairs));
			}
		});
		if (errors.isEmpty() && week.values().stream().allMatch(List::isEmpty)) {
			errors.add(new FieldError("hours", "the calendar has no working time: give at least one interval"));
		}
		return week;
	}

	private static @Nullable DayOfWeek weekday(String name) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.name().equals(name)) {
				return day;
			}
		}
		return null;
	}

	private List<WorkingInterval> intervals(String field, @Nullable List<List<String>> pairs) {
		if (pairs == null) {
			return List.of();
		}
		if (pairs.size() > MAX_INTERVALS_PER_DAY) {
			errors.add(new FieldError(field, "at most " + MAX_INTERVALS_PER_DAY + " intervals a day"));
			return List.of();
		}
		List<WorkingInterval> intervals = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			WorkingInterval interval = interval(field + "[" + i + "]", pairs.get(i));
			if (interval != null) {
				intervals.add(interval);
			}
		}
		intervals.sort(null);
		for (int i = 1; i < intervals.size(); i++) {
			if (intervals.get(i).startMinute() < intervals.get(i - 1).endMinute()) {
				errors.add(new FieldError(field,
						"intervals " + intervals.get(i - 1) + " and " + intervals.get(i) + " overlap"));
			}
		}
		return List.copyOf(intervals);
	}

	private @Nullable WorkingInterval interval(String field, @Nullable List<String> pair) {
		if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
			errors.add(new FieldError(field, "an interval is a start and an end, e.g. [\"09:00\", \"17:00\"]"));
			return null;
		}
		int start = time(field, pair.get(0));
		int end = time(field, pair.get(1));
		if (start < 0 || end < 0) {
			return null;
		}
		if (start >= end) {
			errors.add(new FieldError(field, pair.get(0) + "–" + pair.get(1) + " does not end after it starts"));
			return null;
		}
		return new WorkingInterval(start, end);
	}

	private int time(String field, String text) {
		int minute = WorkingInterval.minuteOf(text);
		if (minute < 0) {
			errors.add(new FieldError(field, text + " is not a time from 00:00 to 24:00 (HH:mm)"));
		}
		return minute;
	}

	private void holidays(List<String> holidays, Set<LocalDate> dated, Set<MonthDay> yearly) {
		if (holidays.size() > MAX_DAYS) {
			errors.add(new FieldError("holidays", "at most " + MAX_DAYS + " holidays"));
			return;
		}
		for (int i = 0; i < holidays.size(); i++) {
			String text = holidays.get(i);
			try {
				if (text != null && text.startsWith("--")) {
					yearly.add(MonthDay.parse(text));
				}
				else {
					dated.add(inRange(LocalDate.parse(String.valueOf(text))));
				}
			}
			catch (DateTimeException ex) {
				errors.add(new FieldError("holidays[" + i + "]",
						text + " is not a date from 1970 to 2399 (2026-12-25) or a yearly date (--12-25)"));
			}
		}
	}

	private Map<LocalDate, List<WorkingInterval>> specialDays(Map<String, List<List<String>>> specialDays,
			Set<LocalDate> holidays) {
		Map<LocalDate, List<WorkingInterval>> special = new HashMap<>();
		if (specialDays.size() > MAX_DAYS) {
			errors.add(new FieldError("specialDays", "at most " + MAX_DAYS + " special days"));
			return special;
		}
		specialDays.forEach((text, pairs) -> {
			String field = "specialDays." + text;
			LocalDate day = date(text);
			if (day == null) {
				errors.add(new FieldError(field, text + " is not a date from 1970 to 2399 (2026-12-24)"));
			}
			else if (holidays.contains(day)) {
				errors.add(new FieldError(field, text + " is also a holiday; a day is one or the other"));
			}
			else if (pairs == null || pairs.isEmpty()) {
				errors.add(new FieldError(field, "a special day needs working hours; a closed day is a holiday"));
			}
			else {
				special.put(day, intervals(field, pairs));
			}
		});
		return special;
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return inRange(LocalDate.parse(text));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static LocalDate inRange(LocalDate day) {
		if (day.getYear() < SupportedRange.FIRST_YEAR || day.getYear() >= SupportedRange.END_YEAR) {
			throw new DateTimeException("out of range");
		}
		return day;
	}

}
