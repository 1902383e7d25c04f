package io.tierdesk.ticket;

import java.time.Instant;

/** The ticket's type changed (an incident turned out to be a service request...). */
public record TicketRetyped(long ticketId, TicketType from, TicketType to, Actor actor, Instant at) {
}
