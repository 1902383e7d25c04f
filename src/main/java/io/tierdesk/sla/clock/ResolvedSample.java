package io.tierdesk.sla.clock;

import java.time.Instant;

import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;

/**
 * One resolved ticket of the recent past: its team when resolved, priority and category,
 * when it was resolved and the business minutes its resolution clock ran.
 */
public record ResolvedSample(@Nullable Long teamId, Priority priority, @Nullable Long categoryId, Instant resolvedAt,
		long minutes) {
}
