package io.tierdesk.sla.job;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the timeline says a deadline, such as: Resolution target breached: due Tue 24 Nov
 * 14:00 CET · P2 on Berlin office hours. The time is in the calendar's zone, where the
 * promise was made; a warning names the breach it warns of.
 */
final class DeadlineWords {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);

	private DeadlineWords() {
	}

	static String of(Deadline deadline, DeadlineBasis basis, Instant targetDue) {
		return deadline.target().words() + " target " + deadline.kind().words() + ": due "
				+ DUE.format(targetDue.atZone(basis.zone())) + ", " + basis.priority() + " on " + basis.calendar();
	}

	/** The reason a rule gives for what it did: "resolution target breached". */
	static String reason(Deadline deadline) {
		return deadline.target().words().toLowerCase(Locale.ROOT) + " target " + deadline.kind().words();
	}

}
