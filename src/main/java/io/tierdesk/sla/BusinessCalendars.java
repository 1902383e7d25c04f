package io.tierdesk.sla;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.tierdesk.platform.Problem;
import io.tierdesk.sla.calendar.CompiledCalendar;
import io.tierdesk.sla.calendar.CompiledCalendars;
import io.tierdesk.sla.calendar.SupportedRange;
import org.springframework.stereotype.Service;

/**
 * Business time on the calendars admins manage; compiled calendars are cached, forgotten
 * after a change commits.
 *
 * <p>
 * Instants are truncated to the minute (down: 09:00:59 is 09:00) before anything is
 * computed, so every answer is a whole minute and whole business minutes are counted.
 * Starts lie in 1970–2199, durations up to ten years of minutes.
 */
@Service
public class BusinessCalendars {

	private final CompiledCalendars calendars;

	BusinessCalendars(CompiledCalendars calendars) {
		this.calendars = calendars;
	}

	/**
	 * {@code start} plus that many business minutes: the instant the last of them ends
	 * ({@code start} itself for zero).
	 */
	public Instant due(long calendarId, Instant start, long minutes) {
		CompiledCalendar calendar = compiled(calendarId);
		requireInRange("start", start);
		if (minutes < 0) {
			throw new Problem.InvalidInput("minutes", "must not be negative");
		}
		if (minutes > SupportedRange.MAX_MINUTES) {
			throw new Problem.InvalidInput("minutes", "at most " + SupportedRange.MAX_MINUTES + " (ten years)");
		}
		try {
			return Instant.ofEpochSecond(calendar.due(minuteOf(start), minutes * 60));
		}
		catch (CompiledCalendar.BeyondRange ex) {
			throw new Problem.InvalidInput("minutes", ex.getMessage());
		}
	}

	/** Business minutes in {@code [from, to)}, 0 if {@code to <= from}. */
	public long businessMinutes(long calendarId, Instant from, Instant to) {
		CompiledCalendar calendar = compiled(calendarId);
		requireInRange("from", from);
		requireInRange("to", to);
		return calendar.businessSeconds(minuteOf(from), minuteOf(to)) / 60;
	}

	public Optional<CalendarSummary> find(long calendarId) {
		return calendars.find(calendarId).map(c -> new CalendarSummary(c.id(), c.name(), c.zone()));
	}

	private CompiledCalendar compiled(long calendarId) {
		return calendars.find(calendarId).orElseThrow(() -> new Problem.NotFound("Calendar " + calendarId)).calendar();
	}

	private static void requireInRange(String field, Instant instant) {
		if (!SupportedRange.accepts(instant)) {
			throw new Problem.InvalidInput(field, "must lie from 1970 to 2199");
		}
	}

	private static long minuteOf(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MINUTES).getEpochSecond();
	}

}
