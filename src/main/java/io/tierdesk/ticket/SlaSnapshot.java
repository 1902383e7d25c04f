package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a ticket stands against its service level, as the SLA module computed it: the
 * policy, when the first response and resolution are due, whether the clock is paused,
 * and what is breached. The ticket shows it (its {@code sla} field) but does not compute
 * it.
 *
 * <p>
 * Beyond API.md's shape: the next-response clock (when the policy has one), the business
 * minutes the resolution clock was paused, the business minutes it has left while paused
 * (its due time is unknown until it runs again, so {@code resolutionDueAt} is null then),
 * the calendar's name, and {@code nextDueAt}, the nearest due time of a clock that still
 * runs: the queue sorts by it.
 */
public record SlaSnapshot(String policy, @Nullable Instant firstResponseDueAt, @Nullable Instant resolutionDueAt,
		boolean paused, boolean firstResponseBreached, boolean resolutionBreached, @Nullable Instant nextResponseDueAt,
		boolean nextResponseBreached, long pausedMinutes, @Nullable Long resolutionMinutesLeft, String calendar,
		@Nullable Instant nextDueAt) {

	/** API.md's shape alone: no next response, no pause yet, no calendar named. */
	public SlaSnapshot(String policy, @Nullable Instant firstResponseDueAt, @Nullable Instant resolutionDueAt,
			boolean paused, boolean firstResponseBreached, boolean resolutionBreached) {
		this(policy, firstResponseDueAt, resolutionDueAt, paused, firstResponseBreached, resolutionBreached, null,
				false, 0, null, "", nearest(firstResponseDueAt, paused ? null : resolutionDueAt));
	}

	private static @Nullable Instant nearest(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isBefore(b) ? a : b;
	}

}
