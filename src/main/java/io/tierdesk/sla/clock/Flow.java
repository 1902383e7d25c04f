package io.tierdesk.sla.clock;

import java.time.Instant;

import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as the at-risk estimate reads it, kept in sla_ticket_flow whenever its facts
 * fold: the team it waits in, its priority and category, whether it waits for the team
 * (new or open: a paused ticket waits for someone else), and, while its resolution clock
 * runs, when it is due and the target it runs against; once resolved, when, and the
 * business minutes its resolution clock ran (pauses not counted). The calendar is the
 * policy's; none while no policy applies.
 */
public record Flow(long ticketId, @Nullable Long teamId, Priority priority, @Nullable Long categoryId,
		@Nullable Long calendarId, Instant createdAt, boolean waiting, @Nullable Instant resolutionDueAt,
		@Nullable Long resolutionTargetMinutes, @Nullable Instant resolvedAt, @Nullable Long resolutionMinutes) {
}
