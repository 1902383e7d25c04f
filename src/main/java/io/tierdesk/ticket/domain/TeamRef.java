package io.tierdesk.ticket.domain;

import java.util.Set;

/**
 * A team as the ticket needs it to move there: its id, how the timeline names it, and who
 * may own its tickets.
 */
public record TeamRef(long id, String label, Set<Long> members) {

	public boolean has(long agentId) {
		return members.contains(agentId);
	}

}
