package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The ticket moved along its lifecycle, with the reason given for the move. */
public record TicketStatusChanged(long ticketId, Status from, Status to, @Nullable String reason, Actor actor,
		Instant at) {
}
