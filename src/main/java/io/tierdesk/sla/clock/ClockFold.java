package io.tierdesk.sla.clock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tierdesk.sla.policy.PolicyBook;
import io.tierdesk.sla.policy.PolicyBook.Choice;
import io.tierdesk.sla.policy.PolicyRule.Target;
import io.tierdesk.sla.policy.TicketTraits;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's clocks as a fold over its facts in time order, so that the answer depends
 * only on which events happened, never on the order or the number of times they were
 * delivered. The rules: both clocks start when the ticket is created; the first public
 * agent reply stops the first response; PENDING and ON_HOLD pause the resolution clock
 * (paused time does not count), reopening resumes it, RESOLVED and CLOSED stop it (and a
 * first response still awaited); a requester's public message after the first response
 * starts a next response, which the next agent reply stops. Due times come from the
 * business time each clock ran against the targets of the policy that applies now, so a
 * new priority or a new policy moves them without restarting anything.
 */
public final class ClockFold {

	private final PolicyBook book;

	private final BusinessTime time;

	private @Nullable TicketTraits traits;

	private @Nullable Long calendarId;

	private final Timeline firstResponse = new Timeline();

	private final Timeline resolution = new Timeline();

	private final Timeline pause = new Timeline();

	private Timeline nextResponse = new Timeline();

	private boolean answered;

	private boolean finished;

	private ClockFold(PolicyBook book, BusinessTime time) {
		this.book = book;
		this.time = time;
	}

	/**
	 * The clocks at {@code now}; empty until the ticket's creation is known or while no
	 * policy applies to it.
	 */
	public static Optional<Clocks> fold(List<ClockFact> facts, PolicyBook book, BusinessTime time, Instant now) {
		ClockFold fold = new ClockFold(book, time);
		FactOrder.of(facts).forEach(fold::apply);
		return fold.readAt(now);
	}

	private void apply(ClockFact fact) {
		if (traits == null && fact.kind() != FactKind.CREATED) {
			return;
		}
		Instant t = fact.at();
		for (Timeline clock : List.of(firstResponse, resolution, pause, nextResponse)) {
			clock.cut(t, calendarId);
		}
		switch (fact.kind()) {
			case CREATED -> created(fact);
			case STATUS -> status(Status.valueOf(fact.to()), t);
			case PRIORITISED -> traits = withPriority(Priority.valueOf(fact.to()));
			case RETYPED -> traits = new TicketTraits(traits.priority(), TicketType.valueOf(fact.to()),
					traits.channel(), traits.categoryId(), traits.organisationId());
			case CATEGORISED -> traits = new TicketTraits(traits.priority(), traits.type(), traits.channel(),
					Long.valueOf(fact.to()), traits.organisationId());
			case ROUTED -> {
				// The team decides no clock; the at-risk estimate reads it.
			}
			case AGENT_REPLY -> agentReplied(t);
			case REQUESTER_MESSAGE -> requesterWrote(t);
		}
		calendarId = book.choose(traits).map(c -> c.rule().calendarId()).orElse(null);
	}

	private void created(ClockFact fact) {
		if (traits != null) {
			return;
		}
		traits = new TicketTraits(Priority.valueOf(fact.to()), fact.type(), fact.channel(), fact.categoryId(),
				fact.organisationId());
		firstResponse.start(fact.at());
		resolution.start(fact.at());
	}

	private void status(Status to, Instant t) {
		switch (to) {
			case PENDING, ON_HOLD -> {
				resolution.stop(t, false);
				pause.start(t);
			}
			case RESOLVED, CLOSED -> {
				finished = true;
				pause.stop(t, false);
				resolution.stop(t, true);
				firstResponse.stop(t, true);
				nextResponse.stop(t, true);
			}
			case NEW, OPEN -> {
				finished = false;
				pause.stop(t, false);
				resolution.start(t);
			}
		}
	}

	private void agentReplied(Instant t) {
		answered = true;
		firstResponse.stop(t, true);
		nextResponse.stop(t, true);
	}

	private void requesterWrote(Instant t) {
		if (answered && !finished && !nextResponse.running()) {
			nextResponse = new Timeline();
			nextResponse.start(t);
		}
	}

	private TicketTraits withPriority(Priority priority) {
		return new TicketTraits(priority, traits.type(), traits.channel(), traits.categoryId(),
				traits.organisationId());
	}

	private Optional<Clocks> readAt(Instant now) {
		if (traits == null) {
			return Optional.empty();
		}
		Optional<Choice> choice = book.choose(traits);
		return choice.map(c -> read(c, now));
	}

	private Clocks read(Choice choice, Instant now) {
		long cal = choice.rule().calendarId();
		Target target = choice.rule().targets().get(traits.priority());
		Long next = target.nextResponseMinutes();
		ClockReading nextReading = next == null || !answered || (!nextResponse.running() && !nextResponse.stopped())
				? null : nextResponse.read(next, time, cal, now);
		return new Clocks(choice.rule(), choice.why(), traits.priority(), traits.organisationId(),
				firstResponse.read(target.firstResponseMinutes(), time, cal, now),
				resolution.read(target.resolutionMinutes(), time, cal, now), nextReading,
				pause.minutes(time, cal, now));
	}

}
