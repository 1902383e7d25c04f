package io.tierdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.Created;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.domain.Actor;
import io.tierdesk.ticket.domain.Category;
import io.tierdesk.ticket.domain.IdempotencyRecord;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketAccess;
import io.tierdesk.ticket.domain.TicketFacts;
import io.tierdesk.ticket.domain.TicketMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The ticket commands: open, change, reply or note, reopen. Each runs in one transaction and leaves a timeline. */
@Service
public class Tickets {

	private final TicketDesk desk;

	Tickets(TicketDesk desk) {
		this.desk = desk;
	}

	/** The same commands on another clock, for replaying history (demo data, import). */
	public Tickets at(Clock clock) {
		return new Tickets(desk.withClock(clock));
	}

	/**
	 * Opens a ticket. With an idempotency key, a repeat of the same caller's key within 24 hours returns the first
	 * ticket; two racing requests with one key collide on the key's primary key, and the loser returns the winner's.
	 */
	public Created open(NewTicket command, Caller caller, @Nullable String idempotencyKey) {
		return open(command, List.of(), caller, idempotencyKey);
	}

	/** Opens a ticket with files; a refused file (too large, a program) refuses the whole ticket, nothing is kept. */
	public Created open(NewTicket command, List<UploadedFile> files, Caller caller, @Nullable String idempotencyKey) {
		if (idempotencyKey != null && idempotencyKey.length() > 200) {
			throw new Problem.InvalidInput("Idempotency-Key", "must be at most 200 characters");
		}
		Optional<Created> earlier = replay(caller, idempotencyKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return Objects.requireNonNull(desk.transactions().execute(tx -> create(command, files, caller, idempotencyKey)));
		}
		catch (RuntimeException ex) {
			// A racing request with the same key committed first (a key or version conflict, by database): its
			// ticket is the answer. Any other failure has no ticket under the key and is rethrown.
			return replay(caller, idempotencyKey).orElseThrow(() -> ex);
		}
	}

	private Optional<Created> replay(Caller caller, @Nullable String key) {
		if (key == null) {
			return Optional.empty();
		}
		return desk.transactions().execute(tx -> desk.idempotency()
			.findById(new IdempotencyRecord.Key(caller.id(), key))
			.filter(r -> r.isLiveAt(now()))
			.flatMap(r -> desk.tickets().findById(r.ticketId()))
			.map(t -> new Created(desk.views().view(t), true)));
	}

	private Created create(NewTicket command, List<UploadedFile> files, Caller caller, @Nullable String key) {
		Requester requester = requesterOf(command, caller);
		Long teamId = command.teamId();
		if (teamId != null && (!caller.isStaff() || desk.directory().team(teamId).isEmpty())) {
			throw new Problem.InvalidInput("teamId", "no such team");
		}
		Category category = command.category() == null ? null : category(command.category());
		var facts = new TicketFacts(command.subject().strip(), Objects.requireNonNullElse(command.description(), ""),
				Objects.requireNonNullElse(command.type(), TicketType.INCIDENT),
				Objects.requireNonNullElse(command.impact(), Level.MEDIUM),
				Objects.requireNonNullElse(command.urgency(), Level.MEDIUM),
				category == null ? null : category.id(), channelOf(command, caller), requester.summary().id(),
				requester.summary().name(), requester.organisationId());
		Instant now = now();
		Ticket ticket = desk.store().save(new Ticket(facts, desk.matrix().get(), actor(caller), now));
		if (teamId != null || !files.isEmpty()) {
			if (teamId != null) {
				routeTo(ticket, teamId, actor(caller), now);
			}
			if (!files.isEmpty()) {
				TicketMessage message = ticket.openingFiles(actor(caller), now);
				files.forEach(file -> ticket.attach(message, desk.attachments().store(file)));
			}
			desk.store().save(ticket);
		}
		if (key != null) {
			var remembered = new IdempotencyRecord.Key(caller.id(), key);
			desk.idempotency().findById(remembered).filter(r -> !r.isLiveAt(now)).ifPresent(expired -> {
				desk.idempotency().delete(expired);
				desk.idempotency().flush();
			});
			desk.idempotency().saveAndFlush(new IdempotencyRecord(caller.id(), key, ticket.id(), now));
		}
		return new Created(desk.views().view(ticket, requester.summary()), false);
	}

	private record Requester(UserSummary summary, @Nullable Long organisationId) {
	}

	private Requester requesterOf(NewTicket command, Caller caller) {
		String email = command.requesterEmail();
		if (email == null || email.equalsIgnoreCase(caller.email())) {
			return new Requester(caller.summary(), caller.organisationId());
		}
		if (!caller.isStaff()) {
			throw new Problem.Forbidden("Requesters open tickets for themselves only; leave requesterEmail out.");
		}
		UserSummary requester = desk.users().findOrCreateRequester(email, command.requesterName());
		Long organisationId = desk.directory().caller(requester.id()).map(Caller::organisationId).orElse(null);
		return new Requester(requester, organisationId);
	}

	/** Requesters come in through the portal or the API; staff say where the contact came from (phone, walk-in). */
	private static Channel channelOf(NewTicket command, Caller caller) {
		Channel channel = command.channel();
		if (channel == null) {
			return Channel.API;
		}
		if (!caller.isStaff() && channel != Channel.PORTAL && channel != Channel.API) {
			throw new Problem.InvalidInput("channel", "requesters open tickets through the PORTAL or the API");
		}
		return channel;
	}

	/** Applies a partial change by an agent; a stale {@code version} changes nothing and answers 409. */
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
					Objects.requireNonNullElse(change.urgency(), ticket.urgency()), desk.matrix().get(),
					actor, now);
		}
		if (change.category() != null) {
			ticket.categorise(category(change.category()), actor, now);
		}
		if (change.teamId() != null) {
			routeTo(ticket, change.teamId(), actor, now);
		}
		if (Boolean.TRUE.equals(change.unassign())) {
			ticket.assign(null, "", actor, now);
		}
		else if (change.assigneeId() != null) {
			assign(ticket, change.assigneeId(), actor, now);
		}
	}

	private void routeTo(Ticket ticket, long teamId, Actor actor, Instant now) {
		if (teamId == 0) {
			ticket.routeTo(null, "", actor, now);
			return;
		}
		TeamSummary team = desk.directory()
			.team(teamId)
			.orElseThrow(() -> new Problem.InvalidInput("teamId", "no team with id " + teamId));
		ticket.routeTo(teamId, team.name() + (team.tier() == null ? " (swarm)" : " (tier " + team.tier() + ")"),
				actor, now);
	}

	private void assign(Ticket ticket, long assigneeId, Actor actor, Instant now) {
		Caller assignee = desk.directory()
			.caller(assigneeId)
			.filter(Caller::isStaff)
			.orElseThrow(() -> new Problem.InvalidInput("assigneeId", "no active agent with id " + assigneeId));
		ticket.assign(assigneeId, assignee.name(), actor, now);
	}

	/** Adds a reply or note (with attachments already checked by the caller's upload); requesters cannot add notes. */
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

	/** A requester (or agent) reopens a resolved ticket: the answer did not help after all. */
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

	private Category category(String pathOrName) {
		var byPath = desk.categories().findByPathIgnoreCase(pathOrName.strip());
		if (byPath.isPresent()) {
			return byPath.get();
		}
		List<Category> byName = desk.categories().findByNameIgnoreCase(pathOrName.strip());
		if (byName.size() == 1) {
			return byName.get(0);
		}
		throw new Problem.InvalidInput("category", byName.isEmpty() ? "no category '" + pathOrName + "'"
				: "'" + pathOrName + "' is ambiguous; give the path, e.g. " + byName.get(0).path());
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return Objects.requireNonNull(desk.transactions().execute(tx -> work.get()));
	}

	static void requireStaff(Caller caller, String why) {
		if (!caller.isStaff()) {
			throw new Problem.Forbidden(why);
		}
	}

	private static Actor actor(Caller caller) {
		return new Actor(caller.id(), caller.name(), caller.isStaff());
	}

	private Instant now() {
		return desk.clock().instant();
	}

}
