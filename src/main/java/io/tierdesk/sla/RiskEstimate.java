package io.tierdesk.sla;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a waiting ticket is likely solved and when its resolution is due; {@code atRisk}
 * when the first passes the second while it is still ahead. {@code basis} says in words
 * what the estimate rests on (tickets ahead in the team, the median of similar resolved
 * tickets); the counts behind it come along for lists that sort or sum.
 */
public record RiskEstimate(long ticketId, Instant likelySolvedAt, Instant resolutionDueAt, boolean atRisk, String basis,
		int ticketsAhead, @Nullable Long teamId, long medianMinutes, int similarResolved) {
}
