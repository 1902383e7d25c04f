package io.tierdesk.sla.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
 * snapshot beside the ticket, moves the warning and breach timers to match, and keeps the
 * ticket's flow (team, traits, resolution) that the at-risk estimate reads.
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

	private final FlowStore flows;

	TicketClocks(FactStore facts, ClockRecord record, PolicyCatalogue policies, BusinessTime time,
			BusinessCalendars calendars, TicketAutomation tickets, ClockTimers timers, Clock clock, FlowStore flows) {
		this.timers = timers;
		this.flows = flows;
		this.facts = facts;
		this.record = record;
		this.policies = policies;
		this.time = time;
		this.calendars = calendars;
		this.tickets = tickets;
		this.clock = clock;
	}

	public void record(long ticketId, ClockFact... newFacts) {
		facts.lock(ticketId);
		for (ClockFact fact : newFacts) {
			facts.add(ticketId, fact);
		}
		Instant now = clock.instant();
		List<ClockFact> all = facts.of(ticketId);
		Optional<Clocks> folded = ClockFold.fold(all, policies.book(), time, now);
		folded.ifPresent(clocks -> {
			record.save(ticketId, clocks, now);
			tickets.recordSla(ticketId, snapshot(clocks));
			timers.follow(ticketId, clocks, now);
		});
		TicketFlow.of(ticketId, all, folded, time).ifPresent(flows::save);
	}

	/**
	 * The clocks as they stand now, folded afresh for reading (the ticket page): nothing
	 * is written.
	 */
	@Transactional(readOnly = true)
	public Optional<Clocks> current(long ticketId) {
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
