package io.tierdesk.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.MessageView;
import io.tierdesk.ticket.domain.StoredFile;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketAccess;
import io.tierdesk.ticket.domain.TicketMessage;
import io.tierdesk.ticket.domain.TicketRepository;
import io.tierdesk.ticket.domain.TicketStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies and notes, for a person and for a module acting on a participant's behalf
 * alike: the participant must be able to see the ticket, only staff write internal notes,
 * and a message has words or files. Messages never conflict with each other: they wait
 * for the ticket's row in turn. A field edit made meanwhile still fails its version
 * check, because a message can change what the agent saw (the status, the first
 * response).
 */
@Component
class TicketConversation {

	private final TicketRepository tickets;

	private final TicketStore store;

	private final Clock clock;

	TicketConversation(TicketRepository tickets, TicketStore store, Clock clock) {
		this.tickets = tickets;
		this.store = store;
		this.clock = clock;
	}

	/** Refuses a message before any file is received or transaction opened. */
	static String checked(Caller author, String body, Visibility visibility, boolean withFiles) {
		if (visibility == Visibility.INTERNAL && !author.isStaff()) {
			throw new Problem.Forbidden("Only agents can add internal notes.");
		}
		String text = Objects.requireNonNullElse(body, "").strip();
		if (text.isEmpty() && !withFiles) {
			throw new Problem.InvalidInput("body", "write a message or attach a file");
		}
		return text;
	}

	/** Adds {@code author}'s message, put there by {@code actor}. */
	@Transactional
	public MessageView add(long ticketId, Caller author, Actor actor, String body, Visibility visibility,
			List<StoredFile> files) {
		Ticket ticket = tickets.findForUpdate(ticketId)
			.filter(t -> TicketAccess.canSee(author, t))
			.orElseThrow(() -> Tickets.notFound(ticketId));
		TicketMessage message = ticket.addMessage(Actor.of(author), actor, body, visibility, clock.instant());
		files.forEach(file -> ticket.attach(message, file));
		store.save(ticket);
		return TicketMessages.view(message, author.summary(), author.isStaff());
	}

}
