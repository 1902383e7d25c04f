package io.tierdesk.sla.clock;

import java.time.Instant;
import java.util.Optional;

import io.tierdesk.sla.BusinessCalendars;
import io.tierdesk.sla.CalendarSummary;
import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;
import io.tierdesk.sla.job.Deadline;
import io.tierdesk.sla.job.DeadlineBasis;
import io.tierdesk.sla.job.DeadlineTimers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * After each recompute, the timers follow the clocks: a running clock has its breach at
 * its due time and its warning when the policy's share of the target has passed
 * ({@code warnAtPercent}); a paused or stopped clock has neither. A warning whose moment
 * passed before it could be scheduled (the priority was raised) is not made up: the
 * breach still comes.
 */
@Component
class ClockTimers {

	private final DeadlineTimers timers;

	private final BusinessCalendars calendars;

	ClockTimers(DeadlineTimers timers, BusinessCalendars calendars) {
		this.timers = timers;
		this.calendars = calendars;
	}

	void follow(long ticketId, Clocks clocks, Instant now) {
		long calendarId = clocks.policy().calendarId();
		Optional<CalendarSummary> calendar = calendars.find(calendarId);
		if (calendar.isEmpty()) {
			return;
		}
		var basis = new DeadlineBasis(clocks.policy().id(), clocks.priority(), calendar.get().name(),
				calendar.get().zone());
		follow(ticketId, SlaTarget.FIRST_RESPONSE, clocks.firstResponse(), clocks, basis, now);
		follow(ticketId, SlaTarget.RESOLUTION, clocks.resolution(), clocks, basis, now);
		follow(ticketId, SlaTarget.NEXT_RESPONSE, clocks.nextResponse(), clocks, basis, now);
	}

	private void follow(long ticketId, SlaTarget target, @Nullable ClockReading reading, Clocks clocks,
			DeadlineBasis basis, Instant now) {
		if (reading == null || !reading.running() || reading.dueAt() == null) {
			timers.cancel(ticketId, target);
			return;
		}
		timers.schedule(new Deadline(ticketId, target, DeadlineKind.BREACH, reading.dueAt()), basis);
		warningAt(reading, reading.dueAt(), clocks, now)
			.ifPresent(at -> timers.schedule(new Deadline(ticketId, target, DeadlineKind.WARNING, at), basis));
	}

	/**
	 * The business minutes left now, less the part of the target after the warning, from
	 * now on the calendar: the same instant at every recompute while nothing changes.
	 */
	private Optional<Instant> warningAt(ClockReading reading, Instant due, Clocks clocks, Instant now) {
		long calendarId = clocks.policy().calendarId();
		long left = calendars.businessMinutes(calendarId, now, due);
		long afterWarning = reading.targetMinutes() * (100 - clocks.policy().warnAtPercent()) / 100;
		long untilWarning = left - afterWarning;
		return untilWarning > 0 ? Optional.of(calendars.due(calendarId, now, untilWarning)) : Optional.empty();
	}

}
