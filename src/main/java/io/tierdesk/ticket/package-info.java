/**
 * The ticket aggregate: lifecycle (a declarative transition table), priority from impact
 * × urgency through the configurable matrix, categories, the conversation (public
 * replies, internal notes), attachments, and the timeline that records every change with
 * actor, time and a reason in words. One access policy ({@code TicketAccess}) guards
 * single reads and every list, and every search ({@code search}: words found in subject,
 * description and conversation, from PostgreSQL's full-text index or by LIKE on H2).
 * People act through {@link io.tierdesk.ticket.Tickets}, other modules as a named
 * {@link io.tierdesk.ticket.SystemActor} through
 * {@link io.tierdesk.ticket.TicketAutomation}; their parts of the desk plug into
 * {@link io.tierdesk.ticket.TicketPageSlot} and {@link io.tierdesk.ticket.QueueColumn}.
 * Publishes TicketCreated, TicketPrioritised, TicketRouted, TicketAssigned,
 * TicketCategorised, TicketRetyped, TicketStatusChanged and MessageAdded; listens to
 * nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity" })
@org.jspecify.annotations.NullMarked
package io.tierdesk.ticket;
