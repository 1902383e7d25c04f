package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Priority, team, assignee or category changed; carries the values after the change. */
public record TicketUpdated(long ticketId, Priority priority, @Nullable Long teamId, @Nullable Long assigneeId,
		@Nullable Long categoryId, @Nullable Long actorId, Instant at) {
}
