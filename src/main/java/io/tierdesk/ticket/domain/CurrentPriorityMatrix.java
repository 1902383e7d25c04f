package io.tierdesk.ticket.domain;

import java.time.Clock;
import java.time.Duration;

import io.tierdesk.platform.RecentRead;
import org.springframework.stereotype.Component;

/**
 * The priority matrix as tickets use it, read from the database at most every 10 seconds:
 * every ticket create needs it, and it changes a few times a year. A change on this node
 * applies as soon as it commits ({@link #forgetAfterCommit()}); other nodes pick it up
 * within the 10 seconds.
 */
@Component
public class CurrentPriorityMatrix {

	private final RecentRead<PriorityMatrix> matrix;

	CurrentPriorityMatrix(PriorityRuleRepository rules, Clock clock) {
		this.matrix = new RecentRead<>(Duration.ofSeconds(10), clock, rules::matrix);
	}

	public PriorityMatrix get() {
		return matrix.get();
	}

	/** A changed matrix applies on this node once the change commits. */
	public void forgetAfterCommit() {
		matrix.forgetAfterCommit();
	}

}
