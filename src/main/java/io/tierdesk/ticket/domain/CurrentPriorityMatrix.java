package io.tierdesk.ticket.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The priority matrix as tickets use it, read from the database at most every
 * {@link #FRESH_FOR}: every ticket create needs it, and it changes a few times a year. A
 * change on this node applies at once ({@link #forget()}); other nodes pick it up within
 * {@link #FRESH_FOR}.
 */
@Component
public class CurrentPriorityMatrix {

	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private final PriorityRuleRepository rules;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	CurrentPriorityMatrix(PriorityRuleRepository rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	public PriorityMatrix get() {
		Instant now = clock.instant();
		Snapshot current = snapshot;
		if (current == null || !now.isBefore(current.readAt().plus(FRESH_FOR))) {
			current = new Snapshot(rules.matrix(), now);
			snapshot = current;
		}
		return current.matrix();
	}

	public void forget() {
		snapshot = null;
	}

	private record Snapshot(PriorityMatrix matrix, Instant readAt) {
	}

}
