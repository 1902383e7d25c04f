package io.tierdesk.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a business calendar says, already checked (see {@link CalendarRulesCheck}): its
 * zone, its ordinary week (intervals sorted, not overlapping), dated and yearly holidays,
 * and special days (half days) whose own intervals replace the weekday's.
 */
public record CalendarRules(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> week, Set<LocalDate> holidays,
		Set<MonthDay> yearlyHolidays, Map<LocalDate, List<WorkingInterval>> specialDays) {

	public CalendarRules {
		week = Map.copyOf(week);
		holidays = Set.copyOf(holidays);
		yearlyHolidays = Set.copyOf(yearlyHolidays);
		specialDays = Map.copyOf(specialDays);
	}

	public List<WorkingInterval> hoursOn(DayOfWeek day) {
		return week.getOrDefault(day, List.of());
	}

}
