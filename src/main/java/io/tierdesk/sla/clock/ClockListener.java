package io.tierdesk.sla.clock;

import io.tierdesk.ticket.MessageAdded;
import io.tierdesk.ticket.TicketCategorised;
import io.tierdesk.ticket.TicketCreated;
import io.tierdesk.ticket.TicketPrioritised;
import io.tierdesk.ticket.TicketRetyped;
import io.tierdesk.ticket.TicketRouted;
import io.tierdesk.ticket.TicketStatusChanged;
import io.tierdesk.ticket.Visibility;
import io.tierdesk.ticket.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The ticket events that decide the clocks, each kept as a fact under a key of its own
 * (delivered twice, it counts once), after the ticket's transaction commits: creating a
 * ticket does not wait for its clocks. The team a ticket waits in decides no clock; it is
 * kept for the at-risk estimate (how many tickets are ahead of it).
 */
@Component
class ClockListener {

	private final TicketClocks clocks;

	ClockListener(TicketClocks clocks) {
		this.clocks = clocks;
	}

	@ApplicationModuleListener
	void on(TicketCreated e) {
		ClockFact created = new ClockFact("created", FactKind.CREATED, e.at(), null, e.priority().name(), e.type(),
				e.channel(), e.categoryId(), e.organisationId());
		if (e.teamId() == null) {
			clocks.record(e.ticketId(), created);
		}
		else {
			clocks.record(e.ticketId(), created, routed(e.at(), null, e.teamId()));
		}
	}

	@ApplicationModuleListener
	void on(TicketRouted e) {
		clocks.record(e.ticketId(), routed(e.at(), e.fromTeamId(), e.toTeamId()));
	}

	@ApplicationModuleListener
	void on(TicketPrioritised e) {
		clocks.record(e.ticketId(), change("priority", e.at(), FactKind.PRIORITISED, e.from().name(), e.to().name()));
	}

	@ApplicationModuleListener
	void on(TicketRetyped e) {
		clocks.record(e.ticketId(), change("type", e.at(), FactKind.RETYPED, e.from().name(), e.to().name()));
	}

	@ApplicationModuleListener
	void on(TicketCategorised e) {
		String from = e.fromCategoryId() == null ? null : e.fromCategoryId().toString();
		clocks.record(e.ticketId(),
				change("category", e.at(), FactKind.CATEGORISED, from, Long.toString(e.toCategoryId())));
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged e) {
		clocks.record(e.ticketId(), change("status", e.at(), FactKind.STATUS, e.from().name(), e.to().name()));
	}

	@ApplicationModuleListener
	void on(MessageAdded e) {
		if (e.visibility() != Visibility.PUBLIC || e.authorKind() == Actor.Kind.SYSTEM) {
			return;
		}
		FactKind kind = e.authorKind() == Actor.Kind.AGENT ? FactKind.AGENT_REPLY : FactKind.REQUESTER_MESSAGE;
		clocks.record(e.ticketId(), ClockFact.message("message:" + e.messageId(), kind, e.at()));
	}

	/** The team a ticket waits in: its value is the team's id, none for no team. */
	private static ClockFact routed(java.time.Instant at, @org.jspecify.annotations.Nullable Long from,
			@org.jspecify.annotations.Nullable Long to) {
		String fromValue = from == null ? null : from.toString();
		String toValue = to == null ? null : to.toString();
		return new ClockFact("team:" + at + ":" + fromValue + ">" + toValue, FactKind.ROUTED, at, fromValue, toValue,
				null, null, null, null);
	}

	/** One change's key: what changed, when, from what to what. */
	private static ClockFact change(String what, java.time.Instant at, FactKind kind,
			@org.jspecify.annotations.Nullable String from, String to) {
		return ClockFact.change(what + ":" + at + ":" + from + ">" + to, kind, at, from, to);
	}

}
