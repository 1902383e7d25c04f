package io.tierdesk.sla.job;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.tierdesk.platform.Problem;
import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaBreached;
import io.tierdesk.sla.SlaWarningReached;
import io.tierdesk.sla.action.PolicyAction;
import io.tierdesk.sla.action.PolicyActions;
import io.tierdesk.ticket.SystemActor;
import io.tierdesk.ticket.TicketAutomation;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a deadline does when it fires, inside the transaction that records it: an internal
 * note on the ticket's timeline in words, the policy's actions through
 * {@link TicketAutomation} as the system actor {@code SLA}, and the event that tells
 * other modules (the channel notifies the people the actions chose).
 */
@Component
class DeadlineActions {

	static final SystemActor SLA = new SystemActor("SLA");

	private final TicketAutomation tickets;

	private final PolicyActions policies;

	private final ActionSteps steps;

	private final ScheduledDeadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeadlineActions(TicketAutomation tickets, PolicyActions policies, ActionSteps steps, ScheduledDeadlines deadlines,
			ApplicationEventPublisher events, Clock clock) {
		this.tickets = tickets;
		this.policies = policies;
		this.steps = steps;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	void perform(Deadline deadline, DeadlineBasis basis) {
		TicketView ticket = tickets.find(deadline.ticketId())
			.orElseThrow(() -> new Problem.NotFound("Ticket " + deadline.ticketId()));
		String text = DeadlineWords.of(deadline, basis, targetDue(deadline));
		tickets.post(ticket.id(), text, Visibility.INTERNAL, SLA);
		Set<Long> notify = new LinkedHashSet<>();
		for (PolicyAction action : policies.of(basis.policyId()).at(deadline.kind())) {
			notify.addAll(steps.take(action, ticket.id(), DeadlineWords.reason(deadline)));
		}
		publish(deadline, basis, List.copyOf(notify), text);
	}

	/** A warning says when the target itself is due, if the breach is still scheduled. */
	private Instant targetDue(Deadline deadline) {
		if (deadline.kind() == DeadlineKind.BREACH) {
			return deadline.due();
		}
		return deadlines.due(deadline.ticketId(), deadline.target(), DeadlineKind.BREACH).orElse(deadline.due());
	}

	private void publish(Deadline deadline, DeadlineBasis basis, List<Long> notify, String text) {
		Instant now = clock.instant();
		events.publishEvent(switch (deadline.kind()) {
			case WARNING -> new SlaWarningReached(deadline.ticketId(), deadline.target(), deadline.due(),
					basis.policyId(), notify, text, now);
			case BREACH -> new SlaBreached(deadline.ticketId(), deadline.target(), deadline.due(), basis.policyId(),
					notify, text, now);
		});
	}

}
