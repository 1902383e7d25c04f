/**
 * The ticket aggregate: lifecycle (a declarative transition table), priority from impact
 * × urgency through the configurable matrix, categories, the conversation (public
 * replies, internal notes), attachments, and the timeline that records every change with
 * actor, time and a reason in words. One access policy ({@code TicketAccess}) guards
 * single reads and every list. Publishes {@link io.tierdesk.ticket.TicketCreated},
 * {@link io.tierdesk.ticket.TicketStatusChanged},
 * {@link io.tierdesk.ticket.TicketUpdated} and {@link io.tierdesk.ticket.MessageAdded};
 * listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity" })
@org.jspecify.annotations.NullMarked
package io.tierdesk.ticket;
