package io.tierdesk.sla.policy;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/** What of a ticket decides its policy and its targets. */
public record TicketTraits(Priority priority, TicketType type, Channel channel, @Nullable Long categoryId,
		@Nullable Long organisationId) {
}
