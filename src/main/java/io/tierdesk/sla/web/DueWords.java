package io.tierdesk.sla.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a due time is, in words that do not need colour: "in 25 min", "in 3 h",
 * "Overdue 2 h". One small class, so that the shared relative-time renderer coming to
 * platform.web can take its place.
 */
final class DueWords {

	static final String OVERDUE = "⚠ Overdue";

	private DueWords() {
	}

	static String until(Instant due, Instant now) {
		return due.isBefore(now) ? OVERDUE + " " + span(Duration.between(due, now))
				: "in " + span(Duration.between(now, due));
	}

	/** Minutes under two hours, hours under two days, then days. */
	static String span(Duration d) {
		long minutes = Math.max(1, d.toMinutes());
		if (minutes < 120) {
			return minutes + " min";
		}
		if (minutes < 48 * 60) {
			return minutes / 60 + " h";
		}
		return minutes / (24 * 60) + " days";
	}

}
