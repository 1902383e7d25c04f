package io.tierdesk.ticket;

import static io.tierdesk.ticket.TicketReferences.actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.Created;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.domain.Actor;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketAccess;
import io.tierdesk.ticket.domain.TicketMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The ticket commands: open, change, reply or note, reopen. Each runs in one transaction
 * and leaves a timeline.
 */
@Service
public class Tickets {

	private final TicketDesk desk;

	private final TicketReferences references;

	private final TicketIntake intake;

	Tickets(TicketDesk desk) {
		this.desk = desk;
		this.references = new TicketReferences(desk);
		this.intake = new TicketIntake(desk, references);
	}

	/** The same commands on another clock, for replaying history (demo data, import). */
	public Tickets at(Clock clock) {
		return new Tickets(desk.withClock(clock));
	}

	/**
	 * Opens a ticket. With an idempotency key, a repeat of the same caller's key within
	 * 24 hours returns the first ticket; two racing requests with one key collide on the
	 * key's primary key, and the loser returns the winner's.
	 */
	public Created open(NewTicket command, Caller caller, @Nullable String idempotencyKey) {
		return intake.open(command, List.of(), caller, idempotencyKey);
	}

	/**
	 * Opens a ticket with files; a refused file (too large, a program) refuses the whole
	 * ticket, nothing is kept.
	 */
	public Created open(NewTicket command, List<UploadedFile> files, Caller caller, @Nullable String idempotencyKey) {
		return intake.open(command, files, caller, idempotencyKey);
	}

	/**
	 * Applies a partial change by an agent; a stale {@code version} changes nothing and
	 * answers 409.
	 */
	public TicketView change(long ticketId, TicketChange change, Caller caller) {
		requireStaff(caller, "Only agents can change a ticket's fields.");
		if (change.version() == null) {
			throw new Problem.InvalidInput("version", "send the version you edited (body field or If-Match)");
		}
		return inTransaction(() -> {
			Ticket ticket = visible(ticketId, caller);
			ticket.checkVersion(change.version());
			Actor actor = actor(caller);
			Instant now = now();
			applyFields(ticket, change, actor, now);
			if (change.status() != null) {
				ticket.changeStatus(change.status(), actor, now, change.reason());
			}
			return save(ticket);
		});
	}

	private void applyFields(Ticket ticket, TicketChange change, Actor actor, Instant now) {
		if (change.type() != null) {
			ticket.retype(change.type(), actor, now);
		}
		if (change.impact() != null || change.urgency() != null) {
			ticket.reprioritise(Objects.requireNonNullElse(change.impact(), ticket.impact()),
					Objects.requireNonNullElse(change.urgency(), ticket.urgency()), desk.matrix().get(), actor, now);
		}
		if (change.category() != null) {
			ticket.categorise(references.category(change.category()), actor, now);
		}
		if (change.teamId() != null) {
			references.routeTo(ticket, change.teamId(), actor, now);
		}
		if (Boolean.TRUE.equals(change.unassign())) {
			ticket.assign(null, "", actor, now);
		}
		else if (change.assigneeId() != null) {
			references.assign(ticket, change.assigneeId(), actor, now);
		}
	}

	/**
	 * Adds a reply or note (with attachments already checked by the caller's upload);
	 * requesters cannot add notes.
	 */
	public TicketViews.MessageView addMessage(long ticketId, NewMessage command, List<UploadedFile> files,
			Caller caller) {
		if (command.visibility() == Visibility.INTERNAL) {
			requireStaff(caller, "Only agents can add internal notes.");
		}
		String body = Objects.requireNonNullElse(command.body(), "").strip();
		if (body.isEmpty() && files.isEmpty()) {
			throw new Problem.InvalidInput("body", "write a message or attach a file");
		}
		return inTransaction(() -> {
			Ticket ticket = visible(ticketId, caller);
			TicketMessage message = ticket.addMessage(actor(caller), body, command.visibility(), now());
			files.forEach(file -> ticket.attach(message, desk.attachments().store(file)));
			desk.store().save(ticket);
			return TicketMessages.view(message, caller.summary(), caller.isStaff());
		});
	}

	/**
	 * A requester (or agent) reopens a resolved ticket: the answer did not help after
	 * all.
	 */
	public TicketView reopen(long ticketId, @Nullable String reason, Caller caller) {
		return inTransaction(() -> {
			Ticket ticket = visible(ticketId, caller);
			ticket.changeStatus(Status.OPEN, actor(caller), now(), reason);
			return save(ticket);
		});
	}

	Ticket visible(long ticketId, Caller caller) {
		return desk.tickets()
			.findById(ticketId)
			.filter(t -> TicketAccess.canSee(caller, t))
			.orElseThrow(() -> new Problem.NotFound("Ticket " + Ticket.NUMBER_PREFIX + ticketId));
	}

	private TicketView save(Ticket ticket) {
		return desk.views().view(desk.store().save(ticket));
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return Objects.requireNonNull(desk.transactions().execute(tx -> work.get()));
	}

	static void requireStaff(Caller caller, String why) {
		if (!caller.isStaff()) {
			throw new Problem.Forbidden(why);
		}
	}

	private Instant now() {
		return desk.clock().instant();
	}

}
