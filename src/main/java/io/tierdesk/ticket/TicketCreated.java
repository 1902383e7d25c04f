package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record TicketCreated(long ticketId, TicketType type, Priority priority, Channel channel, long requesterId,
		@Nullable Long teamId, @Nullable Long categoryId, Instant at) {
}
