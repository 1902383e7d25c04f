package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The ticket moved from one team to another (null: no team), and why. */
public record TicketRouted(long ticketId, @Nullable Long fromTeamId, @Nullable Long toTeamId, @Nullable String reason,
		Actor actor, Instant at) {
}
