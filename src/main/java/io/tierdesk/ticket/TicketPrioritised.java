package io.tierdesk.ticket;

import java.time.Instant;

/**
 * The priority changed, from and to, and why in words: the matrix for a new impact ×
 * urgency, or a rule's reason ("resolution target breached").
 */
public record TicketPrioritised(long ticketId, Priority from, Priority to, Level impact, Level urgency, String reason,
		Actor actor, Instant at) {
}
