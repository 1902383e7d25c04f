package io.tierdesk.sla.clock;

import java.time.Clock;
import java.time.Instant;

import io.tierdesk.sla.BusinessCalendars;
import io.tierdesk.sla.CalendarSummary;
import io.tierdesk.sla.policy.PolicyCatalogue;
import io.tierdesk.ticket.SlaSnapshot;
import io.tierdesk.ticket.TicketAutomation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a ticket's fact and computes its clocks again from all its facts, under the
 * lock of its clock row so that two listeners of one ticket take turns; then writes the
 * snapshot beside the ticket, and moves the warning and breach timers to match.
 */
@Service
@Transactional
public class TicketClocks {

	private final FactStore facts;

	private final ClockRecord record;

	private final PolicyCatalogue policies;

	private final BusinessTime time;

	private final BusinessCalendars calendars;

	private final TicketAutomation tickets;

	private final ClockTimers timers;

	private final Clock clock;

	TicketClocks(FactStore facts, ClockRecord record, PolicyCatalogue policies, BusinessTime time,
			BusinessCalendars calendars, TicketAutomation tickets, ClockTimers timers, Clock clock) {
		this.timers = timers;
		this.facts = facts;
		this.record = record;
		this.policies = policies;
		this.time = time;
		this.calendars = calendars;
		this.tickets = tickets;
		this.clock = clock;
	}

	public void record(long ticketId, ClockFact fact) {
		facts.lock(ticketId);
		facts.add(ticketId, fact);
		Instant now = clock.instant();
		ClockFold.fold(facts.of(ticketId), policies.book(), time, now).ifPresent(clocks -> {
			record.save(ticketId, clocks, now);
			tickets.recordSla(ticketId, snapshot(clocks));
			timers.follow(ticketId, clocks, now);
		});
	}

	/**
	 * The clocks as they stand now, folded afresh for reading (the ticket page): nothing
	 * is written.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Clocks> current(long ticketId) {
		return ClockFold.fold(facts.of(ticketId), policies.book(), time, clock.instant());
	}

	private SlaSnapshot snapshot(Clocks c) {
		ClockReading next = c.nextResponse();
		String calendar = calendars.find(c.policy().calendarId()).map(CalendarSummary::name).orElse("");
		return new SlaSnapshot(c.policy().name(), c.firstResponse().dueAt(), c.resolution().dueAt(),
				c.resolution().state() == ClockReading.ClockState.PAUSED, c.firstResponse().breached(),
				c.resolution().breached(), next == null ? null : next.dueAt(), next != null && next.breached(),
				c.pausedMinutes(), c.resolution().minutesLeft(), calendar, c.nextDueAt());
	}

}
