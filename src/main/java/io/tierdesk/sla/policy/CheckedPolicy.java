package io.tierdesk.sla.policy;

import java.util.Map;
import java.util.Set;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.TicketType;

/** A policy command that passed every check, ready to store. */
record CheckedPolicy(String name, long calendarId, Map<Priority, PolicyTarget> targets, int warnAtPercent,
		Set<Long> organisationIds, Set<TicketType> types, Set<Long> categoryIds, Set<Channel> channels) {
}
