package io.tierdesk.sla.contract;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which period a target counts in, and how: a target is measured in the period in which
 * it ended. It is met when its clock stopped at or before its due time (ended at the
 * stop), breached at its due time when its clock had not stopped by then (ended at the
 * due time, once that lies before now). A target not yet due, or paused before it was
 * due, is not measured; a reopened ticket's resolution counts as it stands now.
 */
public final class Measure {

	private Measure() {
	}

	/** How a target ended and when. */
	public record Outcome(boolean met, Instant at) {

		/** Whether it ended in the half-open period from {@code from} to {@code to}. */
		public boolean within(Instant from, Instant to) {
			return !at.isBefore(from) && at.isBefore(to);
		}

	}

	/** A target's outcome at {@code now}, or empty while it is not measured. */
	public static Optional<Outcome> of(@Nullable Instant dueAt, @Nullable Instant stoppedAt, Instant now) {
		if (dueAt == null) {
			return Optional.empty();
		}
		if (stoppedAt != null && !stoppedAt.isAfter(dueAt)) {
			return Optional.of(new Outcome(true, stoppedAt));
		}
		if (dueAt.isBefore(now)) {
			return Optional.of(new Outcome(false, dueAt));
		}
		return Optional.empty();
	}

}
