package io.tierdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.Created;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.domain.Category;
import io.tierdesk.ticket.domain.CurrentPriorityMatrix;
import io.tierdesk.ticket.domain.IdempotencyRecord;
import io.tierdesk.ticket.domain.IdempotencyRepository;
import io.tierdesk.ticket.domain.StoredFile;
import io.tierdesk.ticket.domain.TeamRef;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketFacts;
import io.tierdesk.ticket.domain.TicketMessage;
import io.tierdesk.ticket.domain.TicketRepository;
import io.tierdesk.ticket.domain.TicketStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening tickets: who the requester is (the caller, or someone staff name on a call),
 * through which channel, in which team, with which files, and what an idempotency key
 * already opened.
 */
@Component
class TicketIntake {

	private final TicketStore store;

	private final TicketRepository tickets;

	private final IdempotencyRepository idempotency;

	private final CurrentPriorityMatrix matrix;

	private final TicketReferences references;

	private final Directory directory;

	private final Users users;

	private final TicketViewAssembler views;

	private final Clock clock;

	TicketIntake(TicketStore store, TicketRepository tickets, IdempotencyRepository idempotency,
			CurrentPriorityMatrix matrix, TicketReferences references, Directory directory, Users users,
			TicketViewAssembler views, Clock clock) {
		this.store = store;
		this.tickets = tickets;
		this.idempotency = idempotency;
		this.matrix = matrix;
		this.references = references;
		this.directory = directory;
		this.users = users;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * The ticket an earlier request of this caller opened with this key, if live; the
	 * same key with another request is refused (422), never answered with the first
	 * ticket.
	 */
	@Transactional(readOnly = true)
	public Optional<Created> replay(Caller caller, @Nullable IdempotentRequest request) {
		if (request == null) {
			return Optional.empty();
		}
		return idempotency.findById(new IdempotencyRecord.Key(caller.id(), request.key()))
			.filter(r -> r.isLiveAt(clock.instant()))
			.map(r -> sameRequest(r, request))
			.flatMap(r -> tickets.findById(r.ticketId()))
			.map(t -> new Created(views.view(t), true));
	}

	private static IdempotencyRecord sameRequest(IdempotencyRecord record, IdempotentRequest request) {
		if (!record.isFor(request.hash())) {
			throw new Problem.Unprocessable("Idempotency key reused",
					"The Idempotency-Key '" + request.key() + "' was first used for another request ("
							+ Ticket.NUMBER_PREFIX + record.ticketId() + "). Use a new key for a new ticket.");
		}
		return record;
	}

	/** Opens the ticket with its (already received) files, in one transaction. */
	@Transactional
	public Created create(NewTicket command, List<StoredFile> files, Caller caller,
			@Nullable IdempotentRequest request) {
		Requester requester = requesterOf(command, caller);
		TicketType type = typeOf(command, caller);
		Category category = command.category() == null ? null : references.category(command.category());
		var facts = new TicketFacts(command.subject().strip(), Objects.requireNonNullElse(command.description(), ""),
				type, Objects.requireNonNullElse(command.impact(), Level.MEDIUM),
				Objects.requireNonNullElse(command.urgency(), Level.MEDIUM), category == null ? null : category.id(),
				channelOf(command, caller), requester.summary().id(), requester.summary().name(),
				requester.organisationId(), teamOf(command, caller),
				references.followUpOf(command.followUpOf(), caller));
		Instant now = clock.instant();
		Actor actor = Actor.of(caller);
		Ticket ticket = new Ticket(facts, matrix.get(), actor, now);
		if (!files.isEmpty()) {
			TicketMessage message = ticket.openingFiles(actor, now);
			files.forEach(file -> ticket.attach(message, file));
		}
		store.save(ticket);
		if (request != null) {
			remember(caller, request, ticket, now);
		}
		return new Created(views.viewOfNew(ticket, requester.summary()), false);
	}

	private @Nullable TeamRef teamOf(NewTicket command, Caller caller) {
		Long teamId = command.teamId();
		if (teamId == null) {
			return null;
		}
		if (!caller.isStaff()) {
			throw new Problem.InvalidInput("teamId", "no such team");
		}
		return references.team(teamId);
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
		UserSummary requester = users.findOrCreateRequester(email, command.requesterName());
		Long organisationId = directory.caller(requester.id()).map(Caller::organisationId).orElse(null);
		return new Requester(requester, organisationId);
	}

	/**
	 * Requesters report incidents and ask for services; problems and changes are the
	 * desk's own work, so only staff open them.
	 */
	private static TicketType typeOf(NewTicket command, Caller caller) {
		TicketType type = Objects.requireNonNullElse(command.type(), TicketType.INCIDENT);
		if (!caller.isStaff() && !type.isForRequesters()) {
			throw new Problem.InvalidInput("type",
					"requesters open an INCIDENT or a SERVICE_REQUEST; problems and changes are the desk's work");
		}
		return type;
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
	private void remember(Caller caller, IdempotentRequest request, Ticket ticket, Instant now) {
		var remembered = new IdempotencyRecord.Key(caller.id(), request.key());
		idempotency.findById(remembered).filter(r -> !r.isLiveAt(now)).ifPresent(expired -> {
			idempotency.delete(expired);
			idempotency.flush();
		});
		idempotency.saveAndFlush(new IdempotencyRecord(caller.id(), request.key(), ticket.id(), request.hash(), now));
	}

}
