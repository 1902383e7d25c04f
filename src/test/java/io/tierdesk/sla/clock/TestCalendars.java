package io.tierdesk.sla.clock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Two calendars for the fold's rule tests, counted minute by minute (slow, plainly
 * right): {@link #AROUND_THE_CLOCK} and {@link #OFFICE_HOURS}, Monday to Friday 09:00 to
 * 17:00 UTC.
 */
final class TestCalendars implements BusinessTime {

	static final long AROUND_THE_CLOCK = 1;

	static final long OFFICE_HOURS = 2;

	@Override
	public Instant due(long calendarId, Instant start, long minutes) {
		Instant t = start.truncatedTo(ChronoUnit.MINUTES);
		long left = minutes;
		while (left > 0) {
			if (works(calendarId, t)) {
				left--;
			}
			t = t.plus(1, ChronoUnit.MINUTES);
		}
		return t;
	}

	@Override
	public long businessMinutes(long calendarId, Instant from, Instant to) {
		long count = 0;
		for (Instant t = from.truncatedTo(ChronoUnit.MINUTES); t
			.isBefore(to.truncatedTo(ChronoUnit.MINUTES)); t = t.plus(1, ChronoUnit.MINUTES)) {
			count += works(calendarId, t) ? 1 : 0;
		}
		return count;
	}

	private static boolean works(long calendarId, Instant minute) {
		if (calendarId == AROUND_THE_CLOCK) {
			return true;
		}
		var local = minute.atZone(ZoneOffset.UTC);
		boolean weekday = local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY;
		return weekday && local.getHour() >= 9 && local.getHour() < 17;
	}

}
