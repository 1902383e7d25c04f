package io.tierdesk.ticket.domain;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * What a new ticket starts with, already checked and resolved to ids; {@code team} when
 * the one who opens it chooses the team, {@code followUpOf} when it follows up a closed
 * ticket.
 */
public record TicketFacts(String subject, String description, TicketType type, Level impact, Level urgency,
		@Nullable Long categoryId, Channel channel, long requesterId, String requesterName,
		@Nullable Long requesterOrgId, @Nullable TeamRef team, @Nullable Long followUpOf) {
}
