package io.tierdesk.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.MessageView;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.attachment.AttachmentStore;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketRepository;
import io.tierdesk.ticket.domain.TicketSla;
import io.tierdesk.ticket.domain.TicketSlaRepository;
import io.tierdesk.ticket.domain.TicketStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door for changes without a person behind them: the modules that listen to ticket
 * events (SLA, routing, email, insight's import) act here under their own
 * {@link SystemActor} name, and the timeline shows that name. Every command keeps the
 * rules a person must keep (the lifecycle, teams that exist, agents of the ticket's team)
 * and answers the same problems; only the version check is left out, because a rule acts
 * on the ticket as it is now. This is a Java API only: no web endpoint calls it
 * (ModularityTests checks), so nobody reaches it from outside.
 */
@Service
@Transactional
public class TicketAutomation {

	private final TicketRepository tickets;

	private final TicketStore store;

	private final TicketReferences references;

	private final TicketConversation conversation;

	private final TicketSlaRepository slas;

	private final AttachmentStore attachments;

	private final Directory directory;

	private final TicketViewAssembler views;

	private final Clock clock;

	TicketAutomation(TicketRepository tickets, TicketStore store, TicketReferences references,
			TicketConversation conversation, TicketSlaRepository slas, AttachmentStore attachments, Directory directory,
			TicketViewAssembler views, Clock clock) {
		this.tickets = tickets;
		this.store = store;
		this.references = references;
		this.conversation = conversation;
		this.slas = slas;
		this.attachments = attachments;
		this.directory = directory;
		this.views = views;
		this.clock = clock;
	}

	/** The ticket as it is now, for a listener; no caller needed. */
	@Transactional(readOnly = true)
	public Optional<TicketView> find(long ticketId) {
		return tickets.findById(ticketId).map(views::view);
	}

	/** Moves the ticket to a team ({@code null}: out of any team), with the reason. */
	public TicketView route(long ticketId, @Nullable Long teamId, String reason, SystemActor by) {
		return change(ticketId, t -> references.routeTo(t, teamId, reason, Actor.of(by), clock.instant()));
	}

	/**
	 * Gives the ticket to an agent of its team ({@code null}: nobody), with the reason.
	 */
	public TicketView assign(long ticketId, @Nullable Long agentId, String reason, SystemActor by) {
		return change(ticketId, t -> references.assign(t, agentId, reason, Actor.of(by), clock.instant()));
	}

	/**
	 * Sets the priority by a rule, not by the matrix ("resolution target breached"); it
	 * holds until an agent changes impact or urgency.
	 */
	public TicketView reprioritise(long ticketId, Priority to, String reason, SystemActor by) {
		return change(ticketId, t -> t.overridePriority(to, reason, Actor.of(by), clock.instant()));
	}

	/**
	 * Moves the ticket along its lifecycle; an illegal move is refused as for a person.
	 */
	public TicketView changeStatus(long ticketId, Status to, String reason, SystemActor by) {
		return change(ticketId, t -> t.changeStatus(to, Actor.of(by), clock.instant(), reason));
	}

	/**
	 * Adds a message in a participant's words, put there by the system (a mail reply):
	 * the participant must be an active user who may see the ticket, as if they wrote it
	 * in the portal. It opens no transaction of its own, so that the files are received
	 * before the one that records the message.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public MessageView addMessage(long ticketId, long participantId, String body, Visibility visibility,
			List<UploadedFile> files, SystemActor by) {
		Caller participant = directory.caller(participantId)
			.orElseThrow(() -> new Problem.InvalidInput("participantId", "no active user with id " + participantId));
		String text = TicketConversation.checked(participant, body, visibility, !files.isEmpty());
		return attachments.receive(files,
				stored -> conversation.add(ticketId, participant, Actor.of(by), text, visibility, stored));
	}

	/**
	 * A message in the system's own words (an automatic notice), public or internal; it
	 * is no response from the desk.
	 */
	public MessageView post(long ticketId, String body, Visibility visibility, SystemActor by) {
		if (body.isBlank()) {
			throw new Problem.InvalidInput("body", "write a message");
		}
		Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> Tickets.notFound(ticketId));
		Actor system = Actor.of(by);
		var message = ticket.addMessage(system, system, body.strip(), visibility, clock.instant());
		store.save(ticket);
		return TicketMessages.view(message, TicketMessages.systemAuthor(by.name()), true);
	}

	/**
	 * Records where the ticket stands against its SLA, beside the ticket: its version,
	 * which agents edit against, stays as it is.
	 */
	public void recordSla(long ticketId, SlaSnapshot snapshot) {
		if (!tickets.existsById(ticketId)) {
			throw Tickets.notFound(ticketId);
		}
		slas.findById(ticketId)
			.ifPresentOrElse(sla -> sla.record(snapshot, clock.instant()),
					() -> slas.save(new TicketSla(ticketId, snapshot, clock.instant())));
	}

	private TicketView change(long ticketId, Consumer<Ticket> command) {
		Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> Tickets.notFound(ticketId));
		command.accept(ticket);
		return views.view(store.save(ticket));
	}

}
