package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a ticket stands against its service level, as the SLA module computed it: the
 * policy, when the first response and resolution are due, whether the clock is paused,
 * and what is breached. The ticket shows it (its {@code sla} field) but does not compute
 * it.
 */
public record SlaSnapshot(String policy, @Nullable Instant firstResponseDueAt, @Nullable Instant resolutionDueAt,
		boolean paused, boolean firstResponseBreached, boolean resolutionBreached) {
}
