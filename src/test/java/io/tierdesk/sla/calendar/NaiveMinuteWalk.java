package io.tierdesk.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The oracle: business time by its definition, one real minute at a time. A minute is
 * working when its local wall-clock time, on its local date, lies in one of that date's
 * intervals (special day, else none on a holiday, else the weekday's).
 */
final class NaiveMinuteWalk {

	private static final long LIMIT = 20L * 366 * 24 * 60;

	private final CalendarRules rules;

	NaiveMinuteWalk(CalendarRules rules) {
		this.rules = rules;
	}

	Instant due(Instant start, long minutes) {
		if (minutes == 0) {
			return start;
		}
		long counted = 0;
		for (long step = 0; step < LIMIT; step++) {
			Instant minute = start.plusSeconds(step * 60);
			if (isWorking(minute) && ++counted == minutes) {
				return minute.plusSeconds(60);
			}
		}
		throw new IllegalStateException("no due within " + LIMIT + " minutes");
	}

	long businessMinutes(Instant from, Instant to) {
		long counted = 0;
		for (Instant minute = from; minute.isBefore(to); minute = minute.plusSeconds(60)) {
			if (isWorking(minute)) {
				counted++;
			}
		}
		return counted;
	}

	boolean isWorking(Instant minute) {
		ZonedDateTime local = minute.atZone(rules.zone());
		int minuteOfDay = local.getHour() * 60 + local.getMinute();
		return intervalsOn(local.toLocalDate()).stream()
			.anyMatch(i -> i.startMinute() <= minuteOfDay && minuteOfDay < i.endMinute());
	}

	private List<WorkingInterval> intervalsOn(LocalDate day) {
		List<WorkingInterval> special = rules.specialDays().get(day);
		if (special != null) {
			return special;
		}
		if (rules.holidays().contains(day) || rules.yearlyHolidays().contains(MonthDay.from(day))) {
			return List.of();
		}
		return rules.hoursOn(day.getDayOfWeek());
	}

}
