package io.tierdesk.sla.clock;

import java.time.Instant;

/**
 * The calendar arithmetic the clocks need, as a seam: the application answers it with the
 * admins' business calendars, the fold's rule tests with a simple calendar of their own.
 */
public interface BusinessTime {

	/** {@code start} plus that many business minutes of the calendar. */
	Instant due(long calendarId, Instant start, long minutes);

	/**
	 * Business minutes of the calendar from {@code from} (included) to {@code to}
	 * (excluded); 0 if to is not after from.
	 */
	long businessMinutes(long calendarId, Instant from, Instant to);

}
