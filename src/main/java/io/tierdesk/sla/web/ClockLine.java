package io.tierdesk.sla.web;

import java.time.Instant;

import io.tierdesk.sla.clock.ClockReading;
import org.jspecify.annotations.Nullable;

/**
 * One target on the ticket page: its name and size, when it is due, and where it stands
 * in words ("Met", "⚠ Breached", "Running: in 25 min", "Paused: 7 h left").
 */
record ClockLine(String target, String size, @Nullable Instant dueAt, String state, boolean breached) {

	static ClockLine of(String target, ClockReading c, Instant now) {
		return new ClockLine(target, DueWords.span(java.time.Duration.ofMinutes(c.targetMinutes())) + " business time",
				c.dueAt(), state(c, now), c.breached());
	}

	private static String state(ClockReading c, Instant now) {
		return switch (c.state()) {
			case RUNNING -> c.dueAt() == null ? "Running" : "Running: " + DueWords.until(c.dueAt(), now);
			case PAUSED -> c.breached() ? "⚠ Breached, paused"
					: "Paused: " + DueWords.span(java.time.Duration.ofMinutes(c.minutesLeft())) + " left";
			case STOPPED -> c.breached() ? "⚠ Breached" : "Met";
		};
	}

}
