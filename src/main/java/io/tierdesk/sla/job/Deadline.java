package io.tierdesk.sla.job;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;

/**
 * One moment that acts: a ticket's target reaching its warning or its breach at an
 * instant (whole seconds). Its {@link #instanceId()} names the persistent timer, so
 * scheduling the same deadline twice is one timer, and a moved deadline is another.
 */
public record Deadline(long ticketId, SlaTarget target, DeadlineKind kind, Instant due) {

	private static final String SEPARATOR = ":";

	public Deadline {
		due = due.truncatedTo(ChronoUnit.SECONDS);
	}

	/** {@code 1042:RESOLUTION:BREACH:2026-11-24T14:00:00Z}. */
	public String instanceId() {
		return ticketId + SEPARATOR + target + SEPARATOR + kind + SEPARATOR + due;
	}

	/** The deadline a timer's instance id names. */
	static Deadline of(String instanceId) {
		String[] parts = instanceId.split(SEPARATOR, 4);
		if (parts.length != 4) {
			throw new IllegalArgumentException("not a deadline: " + instanceId);
		}
		try {
			return new Deadline(Long.parseLong(parts[0]), SlaTarget.valueOf(parts[1]), DeadlineKind.valueOf(parts[2]),
					Instant.parse(parts[3]));
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw new IllegalArgumentException("not a deadline: " + instanceId, ex);
		}
	}

}
