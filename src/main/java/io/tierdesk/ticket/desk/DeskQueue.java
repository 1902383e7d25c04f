package io.tierdesk.ticket.desk;

import java.util.List;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.ticket.TicketViews.TicketFilter;
import org.jspecify.annotations.Nullable;

/** The desk's standing queues of open work. */
enum DeskQueue {

	MINE("Mine"), TEAMS("My teams"), UNASSIGNED("Unassigned"), OPEN("All open");

	/**
	 * No team has this id: "my teams" of someone in no team is an empty queue, not every
	 * ticket.
	 */
	private static final long NO_TEAM = -1;

	private final String label;

	DeskQueue(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String param() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	TicketFilter filter(Caller caller, List<Long> myTeams) {
		return switch (this) {
			case MINE -> openWork(Set.of(), caller.id(), false);
			case TEAMS -> openWork(myTeams.isEmpty() ? Set.of(NO_TEAM) : Set.copyOf(myTeams), null, false);
			case UNASSIGNED -> openWork(Set.of(), null, true);
			case OPEN -> openWork(Set.of(), null, false);
		};
	}

	private static TicketFilter openWork(Set<Long> teams, @Nullable Long assignee, boolean unassigned) {
		return new TicketFilter(Set.of(), true, teams, assignee, unassigned, null, Set.of(), Set.of(), Set.of(), null);
	}

}
