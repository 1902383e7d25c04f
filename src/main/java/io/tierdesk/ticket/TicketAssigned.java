package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The ticket's owner changed from one agent to another (null: nobody), and why. */
public record TicketAssigned(long ticketId, @Nullable Long fromAgentId, @Nullable Long toAgentId,
		@Nullable String reason, Actor actor, Instant at) {
}
