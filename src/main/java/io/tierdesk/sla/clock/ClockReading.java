package io.tierdesk.sla.clock;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One clock as folded at an instant: its target, when it is (or was) due, whether it
 * runs, is paused or stopped (and when), whether it is breached, and, while paused, the
 * business minutes it has left (its due time is unknown until it runs again).
 */
public record ClockReading(long targetMinutes, @Nullable Instant dueAt, ClockState state, @Nullable Instant stoppedAt,
		boolean breached, @Nullable Long minutesLeft) {

	public enum ClockState {

		RUNNING, PAUSED, STOPPED

	}

	public boolean running() {
		return state == ClockState.RUNNING;
	}

}
