package io.tierdesk.sla.clock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tierdesk.sla.clock.ClockReading.ClockState;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's {@link Flow} folded from the same facts as its clocks, in the same order:
 * the team from its routing facts, the traits from its created and change facts, waiting
 * and resolved from its status facts; the due time and the minutes the resolution ran
 * from its clocks.
 */
final class TicketFlow {

	private @Nullable Instant createdAt;

	private Priority priority = Priority.P4;

	private @Nullable Long categoryId;

	private @Nullable Long teamId;

	private Status status = Status.NEW;

	private @Nullable Instant resolvedAt;

	private TicketFlow() {
	}

	static Optional<Flow> of(long ticketId, List<ClockFact> facts, Optional<Clocks> clocks, BusinessTime time) {
		TicketFlow fold = new TicketFlow();
		FactOrder.of(facts).forEach(fold::apply);
		if (fold.createdAt == null) {
			return Optional.empty();
		}
		return Optional.of(fold.flow(ticketId, clocks.orElse(null), time));
	}

	private void apply(ClockFact fact) {
		if (createdAt == null && fact.kind() != FactKind.CREATED) {
			return;
		}
		switch (fact.kind()) {
			case CREATED -> {
				createdAt = fact.at();
				priority = Priority.valueOf(fact.to());
				categoryId = fact.categoryId();
			}
			case STATUS -> status(Status.valueOf(fact.to()), fact.at());
			case PRIORITISED -> priority = Priority.valueOf(fact.to());
			case CATEGORISED -> categoryId = Long.valueOf(fact.to());
			case ROUTED -> teamId = fact.to() == null ? null : Long.valueOf(fact.to());
			case RETYPED, AGENT_REPLY, REQUESTER_MESSAGE -> {
				// Neither the queue nor the likeness of tickets depends on them.
			}
		}
	}

	private void status(Status to, Instant at) {
		boolean finished = to == Status.RESOLVED || to == Status.CLOSED;
		if (finished && resolvedAt == null) {
			resolvedAt = at;
		}
		if (!finished) {
			resolvedAt = null;
		}
		status = to;
	}

	private Flow flow(long ticketId, @Nullable Clocks clocks, BusinessTime time) {
		boolean waiting = status == Status.NEW || status == Status.OPEN;
		if (clocks == null) {
			return new Flow(ticketId, teamId, priority, categoryId, null, createdAt, waiting, null, null, resolvedAt,
					null);
		}
		long calendarId = clocks.policy().calendarId();
		ClockReading r = clocks.resolution();
		boolean running = r.state() == ClockState.RUNNING && r.dueAt() != null;
		Long ran = resolvedAt != null && r.state() == ClockState.STOPPED && r.dueAt() != null
				? ranMinutes(r, calendarId, time) : null;
		return new Flow(ticketId, teamId, clocks.priority(), categoryId, calendarId, createdAt, waiting,
				running ? r.dueAt() : null, running ? r.targetMinutes() : null, resolvedAt, ran);
	}

	/**
	 * The business minutes the stopped clock ran: its target, less what was left or plus
	 * how late it was.
	 */
	private static long ranMinutes(ClockReading r, long calendarId, BusinessTime time) {
		Instant due = r.dueAt();
		Instant stopped = r.stoppedAt();
		if (stopped == null || due == null) {
			return r.targetMinutes();
		}
		return stopped.isAfter(due) ? r.targetMinutes() + time.businessMinutes(calendarId, due, stopped)
				: r.targetMinutes() - time.businessMinutes(calendarId, stopped, due);
	}

}
