package io.tierdesk.channel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One notification of a person: what happened, about which ticket, and whether it was
 * read.
 */
public record NotificationView(long id, String text, @Nullable Long ticketId, Instant createdAt,
		@Nullable Instant readAt) {

	public boolean read() {
		return readAt != null;
	}

}
