package io.tierdesk.ticket.domain;

import org.jspecify.annotations.Nullable;

/**
 * Who did something to a ticket: a person (staff or requester, with the name the timeline
 * shows) or the system.
 */
public record Actor(@Nullable Long id, String name, boolean staff) {

	public static final Actor SYSTEM = new Actor(null, "Tierdesk", true);

}
