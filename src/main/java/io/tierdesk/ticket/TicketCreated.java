package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A ticket was opened: what it is about as routing and SLA rules need it (type, channel,
 * category, the requester's organisation, impact, urgency and the priority they gave),
 * and the team it was opened in, if the one who opened it chose one.
 */
public record TicketCreated(long ticketId, TicketType type, Channel channel, @Nullable Long categoryId,
		long requesterId, @Nullable Long organisationId, Level impact, Level urgency, Priority priority,
		@Nullable Long teamId, Actor actor, Instant at) {
}
