package io.tierdesk.sla.clock;

import java.time.Instant;

import io.tierdesk.sla.BusinessCalendars;
import org.springframework.stereotype.Component;

/** Business time for the clocks, on the calendars admins manage. */
@Component
class CalendarTime implements BusinessTime {

	private final BusinessCalendars calendars;

	CalendarTime(BusinessCalendars calendars) {
		this.calendars = calendars;
	}

	@Override
	public Instant due(long calendarId, Instant start, long minutes) {
		return calendars.due(calendarId, start, minutes);
	}

	@Override
	public long businessMinutes(long calendarId, Instant from, Instant to) {
		return calendars.businessMinutes(calendarId, from, to);
	}

}
