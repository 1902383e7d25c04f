/**
 * Service levels: business calendars (time zone, working intervals per weekday, holidays)
 * and the arithmetic of business minutes on them, SLA policies (targets per priority on a
 * calendar, chosen by an ordered list of conditions), and each ticket's clocks (first
 * response, resolution) with their pauses, warnings and breaches. Listens to the ticket
 * module's events after their transaction commits and records its snapshot and its
 * actions on the ticket as the system actor {@code SLA} through
 * {@link io.tierdesk.ticket.TicketAutomation}; the ticket module knows nothing of it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "ticket" })
@org.jspecify.annotations.NullMarked
package io.tierdesk.sla;
