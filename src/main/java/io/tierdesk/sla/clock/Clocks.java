package io.tierdesk.sla.clock;

import java.time.Instant;
import java.util.stream.Stream;

import io.tierdesk.sla.policy.PolicyRule;
import io.tierdesk.sla.policy.Why;
import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's clocks as folded from its facts: the policy that applies and why, the
 * priority whose targets count, the ticket's organisation (compliance is read per
 * organisation), each clock, and the business minutes the resolution clock was paused.
 */
public record Clocks(PolicyRule policy, Why why, Priority priority, @Nullable Long organisationId,
		ClockReading firstResponse, ClockReading resolution, @Nullable ClockReading nextResponse, long pausedMinutes) {

	/** The nearest due time of a clock that runs (overdue ones included). */
	public @Nullable Instant nextDueAt() {
		return Stream.of(firstResponse, resolution, nextResponse)
			.filter(c -> c != null && c.running() && c.dueAt() != null)
			.map(ClockReading::dueAt)
			.min(Instant::compareTo)
			.orElse(null);
	}

}
