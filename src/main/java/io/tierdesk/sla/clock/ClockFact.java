package io.tierdesk.sla.clock;

import java.time.Instant;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * One event of a ticket as the clocks read it: {@code key} identifies the event (the same
 * event delivered twice has the same key); {@code from} and {@code to} are the changed
 * value's names (a priority, a status, a type, a category id). A created fact carries
 * what decides the policy: its priority in {@code to}, type, channel, category and the
 * requester's organisation.
 */
public record ClockFact(String key, FactKind kind, Instant at, @Nullable String from, @Nullable String to,
		@Nullable TicketType type, @Nullable Channel channel, @Nullable Long categoryId,
		@Nullable Long organisationId) {

	public static ClockFact change(String key, FactKind kind, Instant at, @Nullable String from, String to) {
		return new ClockFact(key, kind, at, from, to, null, null, null, null);
	}

	public static ClockFact message(String key, FactKind kind, Instant at) {
		return new ClockFact(key, kind, at, null, null, null, null, null, null);
	}

}
