package io.tierdesk.ticket;

import java.time.Instant;

/**
 * A reply or note. {@code byStaff} tells a desk response from the requester's own words.
 */
public record MessageAdded(long ticketId, long messageId, long authorId, boolean byStaff, Visibility visibility,
		boolean firstResponse, Instant at) {
}
