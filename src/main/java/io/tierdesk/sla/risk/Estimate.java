package io.tierdesk.sla.risk;

import java.time.Instant;

/**
 * When a ticket is likely solved, against when its resolution is due: at risk when the
 * first lies after the second while the second is still ahead.
 */
public record Estimate(long ticketId, Instant likelySolvedAt, Instant resolutionDueAt, boolean atRisk, Basis basis) {
}
