package io.tierdesk.ticket;

import static io.tierdesk.ticket.TicketReferences.actor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.Created;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.domain.Category;
import io.tierdesk.ticket.domain.IdempotencyRecord;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketFacts;
import io.tierdesk.ticket.domain.TicketMessage;
import org.jspecify.annotations.Nullable;

/**
 * Opening tickets: who the requester is (the caller, or someone staff name on a call),
 * through which channel, with which files, and exactly once per idempotency key.
 */
final class TicketIntake {

	private final TicketDesk desk;

	private final TicketReferences references;

	TicketIntake(TicketDesk desk, TicketReferences references) {
		this.desk = desk;
		this.references = references;
	}

	/**
	 * Opens a ticket. With an idempotency key, a repeat of the same caller's key within
	 * 24 hours returns the first ticket; two racing requests with one key collide on the
	 * key's primary key, and the loser returns the winner's.
	 */
	Created open(NewTicket command, List<UploadedFile> files, Caller caller, @Nullable String idempotencyKey) {
		if (idempotencyKey != null && idempotencyKey.length() > 200) {
			throw new Problem.InvalidInput("Idempotency-Key", "must be at most 200 characters");
		}
		Optional<Created> earlier = replay(caller, idempotencyKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return Objects
				.requireNonNull(desk.transactions().execute(tx -> create(command, files, caller, idempotencyKey)));
		}
		catch (RuntimeException ex) {
			// A racing request with the same key committed first (a key or version
			// conflict, by database): its
			// ticket is the answer. Any other failure has no ticket under the key and is
			// rethrown.
			return replay(caller, idempotencyKey).orElseThrow(() -> ex);
		}
	}

	private Optional<Created> replay(Caller caller, @Nullable String key) {
		if (key == null) {
			return Optional.empty();
		}
		return desk.transactions()
			.execute(tx -> desk.idempotency()
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
		Category category = command.category() == null ? null : references.category(command.category());
		var facts = new TicketFacts(command.subject().strip(), Objects.requireNonNullElse(command.description(), ""),
				Objects.requireNonNullElse(command.type(), TicketType.INCIDENT),
				Objects.requireNonNullElse(command.impact(), Level.MEDIUM),
				Objects.requireNonNullElse(command.urgency(), Level.MEDIUM), category == null ? null : category.id(),
				channelOf(command, caller), requester.summary().id(), requester.summary().name(),
				requester.organisationId());
		Instant now = now();
		Ticket ticket = desk.store().save(new Ticket(facts, desk.matrix().get(), actor(caller), now));
		if (teamId != null || !files.isEmpty()) {
			if (teamId != null) {
				references.routeTo(ticket, teamId, actor(caller), now);
			}
			if (!files.isEmpty()) {
				TicketMessage message = ticket.openingFiles(actor(caller), now);
				files.forEach(file -> ticket.attach(message, desk.attachments().store(file)));
			}
			desk.store().save(ticket);
		}
		if (key != null) {
			remember(caller, key, ticket, now);
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

	/**
	 * Requesters come in through the portal or the API; staff say where the contact came
	 * from (phone, walk-in).
	 */
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

	/**
	 * Inserts (never merges) the key's row: a racing duplicate fails on its primary key.
	 * An expired row goes first.
	 */
	private void remember(Caller caller, String key, Ticket ticket, Instant now) {
		var remembered = new IdempotencyRecord.Key(caller.id(), key);
		desk.idempotency().findById(remembered).filter(r -> !r.isLiveAt(now)).ifPresent(expired -> {
			desk.idempotency().delete(expired);
			desk.idempotency().flush();
		});
		desk.idempotency().saveAndFlush(new IdempotencyRecord(caller.id(), key, ticket.id(), now));
	}

	private Instant now() {
		return desk.clock().instant();
	}

}
