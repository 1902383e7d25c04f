package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The ticket's category changed. */
public record TicketCategorised(long ticketId, @Nullable Long fromCategoryId, long toCategoryId, Actor actor,
		Instant at) {
}
