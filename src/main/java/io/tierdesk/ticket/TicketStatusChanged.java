package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record TicketStatusChanged(long ticketId, Status from, Status to, @Nullable Long actorId, Instant at) {
}
