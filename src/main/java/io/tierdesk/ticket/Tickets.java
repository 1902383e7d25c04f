package io.tierdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.Created;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.attachment.AttachmentStore;
import io.tierdesk.ticket.domain.CurrentPriorityMatrix;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketAccess;
import io.tierdesk.ticket.domain.TicketRepository;
import io.tierdesk.ticket.domain.TicketStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to tickets: open, change, reply or note, reopen. Each command runs in
 * one transaction and leaves a timeline; files are received before it opens.
 * {@link TicketAutomation} is the door for the system.
 */
@Service
public class Tickets {

	private final TicketIntake intake;

	private final TicketConversation conversation;

	private final TicketReferences references;

	private final TicketRepository tickets;

	private final TicketStore store;

	private final CurrentPriorityMatrix matrix;

	private final AttachmentStore attachments;

	private final TicketViewAssembler views;

	private final Clock clock;

	Tickets(TicketIntake intake, TicketConversation conversation, TicketReferences references, TicketRepository tickets,
			TicketStore store, CurrentPriorityMatrix matrix, AttachmentStore attachments, TicketViewAssembler views,
			Clock clock) {
		this.intake = intake;
		this.conversation = conversation;
		this.references = references;
		this.tickets = tickets;
		this.store = store;
		this.matrix = matrix;
		this.attachments = attachments;
		this.views = views;
		this.clock = clock;
	}

	public Created open(NewTicket command, Caller caller, @Nullable String idempotencyKey) {
		return open(command, List.of(), caller, idempotencyKey);
	}

	/**
	 * Opens a ticket; a refused file (too large, a program) refuses the whole ticket and
	 * nothing is kept. With an idempotency key, a repeat of the same caller's key within
	 * 24 hours returns the first ticket; two racing requests with one key collide on the
	 * key's primary key, and the loser returns the winner's.
	 */
	public Created open(NewTicket command, List<UploadedFile> files, Caller caller, @Nullable String idempotencyKey) {
		IdempotentRequest request = IdempotentRequest.of(idempotencyKey, command, files);
		Optional<Created> earlier = intake.replay(caller, request);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return attachments.receive(files, stored -> intake.create(command, stored, caller, request));
		}
		catch (RuntimeException ex) {
			// A racing request with the same key committed first (a key conflict): its
			// ticket is the answer. Any other failure has no ticket under the key.
			return intake.replay(caller, request).orElseThrow(() -> ex);
		}
	}

	/**
	 * Applies a partial change by an agent; a stale {@code version} changes nothing and
	 * answers 409.
	 */
	@Transactional
	public TicketView change(long ticketId, TicketChange change, Caller caller) {
		requireStaff(caller, "Only agents can change a ticket's fields.");
		if (change.version() == null) {
			throw new Problem.InvalidInput("version", "send the version you edited (body field or If-Match)");
		}
		Ticket ticket = visible(ticketId, caller);
		ticket.checkVersion(change.version());
		Actor actor = Actor.of(caller);
		Instant now = clock.instant();
		applyFields(ticket, change, actor, now);
		if (change.status() != null) {
			ticket.changeStatus(change.status(), actor, now, change.reason(),
					Boolean.TRUE.equals(change.reasonInternal()));
		}
		return views.view(store.save(ticket));
	}

	/**
	 * The team first, then the assignee, so that one change can move a ticket to a team
	 * and give it to one of its members. The reason typed with the change goes with the
	 * status, or else with the team.
	 */
	private void applyFields(Ticket ticket, TicketChange change, Actor actor, Instant now) {
		if (change.type() != null) {
			ticket.retype(change.type(), actor, now);
		}
		if (change.impact() != null || change.urgency() != null) {
			ticket.reprioritise(Objects.requireNonNullElse(change.impact(), ticket.impact()),
					Objects.requireNonNullElse(change.urgency(), ticket.urgency()), matrix.get(), actor, now);
		}
		if (change.category() != null) {
			ticket.categorise(references.category(change.category()), actor, now);
		}
		if (change.teamId() != null) {
			String reason = change.status() == null ? change.reason() : null;
			references.routeTo(ticket, change.teamId() == 0 ? null : change.teamId(), reason, actor, now);
		}
		if (Boolean.TRUE.equals(change.unassign())) {
			references.assign(ticket, null, null, actor, now);
		}
		else if (change.assigneeId() != null) {
			references.assign(ticket, change.assigneeId(), null, actor, now);
		}
	}

	/**
	 * Adds a reply or note with attachments; requesters cannot add notes. Messages carry
	 * no version: they never conflict with each other or with field edits.
	 */
	public TicketViews.MessageView addMessage(long ticketId, NewMessage command, List<UploadedFile> files,
			Caller caller) {
		String body = TicketConversation.checked(caller, Objects.requireNonNullElse(command.body(), ""),
				command.visibility(), !files.isEmpty());
		return attachments.receive(files,
				stored -> conversation.add(ticketId, caller, Actor.of(caller), body, command.visibility(), stored));
	}

	/**
	 * The requester (or an agent) reopens a resolved ticket: the answer did not help
	 * after all. Only a resolved ticket reopens; colleagues who may read a shared ticket
	 * cannot reopen it.
	 */
	@Transactional
	public TicketView reopen(long ticketId, @Nullable String reason, Caller caller) {
		Ticket ticket = resolvedForItsRequester(ticketId, caller, "reopen", "reopened");
		ticket.changeStatus(Status.OPEN, Actor.of(caller), clock.instant(), reason);
		return views.view(store.save(ticket));
	}

	/**
	 * The requester confirms that the resolution solved it and the ticket closes, as in
	 * JSM and Freshservice. The same people as for {@link #reopen} may.
	 */
	@Transactional
	public TicketView confirmSolved(long ticketId, Caller caller) {
		Ticket ticket = resolvedForItsRequester(ticketId, caller, "close", "closed");
		String why = caller.isStaff() ? null : "the requester confirmed it is solved";
		ticket.changeStatus(Status.CLOSED, Actor.of(caller), clock.instant(), why);
		return views.view(store.save(ticket));
	}

	/**
	 * A resolved ticket that this caller may answer for: its requester or staff.
	 * Colleagues who may read a shared ticket may not decide it.
	 */
	private Ticket resolvedForItsRequester(long ticketId, Caller caller, String verb, String done) {
		Ticket ticket = visible(ticketId, caller);
		if (!caller.isStaff() && ticket.requesterId() != caller.id()) {
			throw new Problem.Forbidden("Only the requester or an agent can " + verb + " " + ticket.number() + ".");
		}
		if (ticket.status() != Status.RESOLVED) {
			throw new Problem.Conflict("Not resolved", ticket.number() + " is " + ticket.status().label()
					+ "; only a resolved ticket can be " + done + ".");
		}
		return ticket;
	}

	private Ticket visible(long ticketId, Caller caller) {
		return tickets.findById(ticketId)
			.filter(t -> TicketAccess.canSee(caller, t))
			.orElseThrow(() -> notFound(ticketId));
	}

	static Problem.NotFound notFound(long ticketId) {
		return new Problem.NotFound("Ticket " + Ticket.NUMBER_PREFIX + ticketId);
	}

	static void requireStaff(Caller caller, String why) {
		if (!caller.isStaff()) {
			throw new Problem.Forbidden(why);
		}
	}

}
