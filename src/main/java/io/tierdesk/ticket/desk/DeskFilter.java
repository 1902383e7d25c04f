package io.tierdesk.ticket.desk;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews.TicketFilter;
import org.jspecify.annotations.Nullable;

/**
 * The desk's filter bar as sent in the query string: a queue, then narrowing by status,
 * priority, team, assignee, type and channel. Choosing a status shows that status even
 * when it is not open (a queue of resolved tickets).
 */
record DeskFilter(@Nullable String queue, @Nullable Status status, @Nullable Priority priority, @Nullable Long team,
		@Nullable Long assignee, @Nullable TicketType type, @Nullable Channel channel, @Nullable String sort,
		@Nullable Integer page) {

	/** The orders the sort menu offers, in the words it shows them. */
	static final Map<String, String> SORTS = sorts();

	static final String DEFAULT_SORT = "priority,asc";

	DeskQueue chosenQueue() {
		for (DeskQueue q : DeskQueue.values()) {
			if (q.param().equals(queue)) {
				return q;
			}
		}
		return DeskQueue.TEAMS;
	}

	/**
	 * What the results are, in the heading: a status chosen in the filter names them
	 * (Closed; Mine · Resolved), so All open never stands over closed tickets.
	 */
	String heading(DeskQueue queue) {
		if (status == null) {
			return queue.label();
		}
		return queue == DeskQueue.OPEN ? status.label() : queue.label() + " · " + status.label();
	}

	public String chosenSort() {
		return sort != null && SORTS.containsKey(sort) ? sort : DEFAULT_SORT;
	}

	TicketFilter narrow(TicketFilter base) {
		return new TicketFilter(status == null ? Set.of() : Set.of(status), status == null && base.openOnly(),
				team == null ? base.teamIds() : Set.of(team), assignee == null ? base.assigneeId() : assignee,
				assignee == null && base.unassigned(), null, one(priority), one(type), one(channel), null);
	}

	private static <T> Set<T> one(@Nullable T value) {
		return value == null ? Set.of() : Set.of(value);
	}

	private static Map<String, String> sorts() {
		var sorts = new java.util.LinkedHashMap<String, String>();
		List.of("priority,asc:Priority, most urgent first", "updatedAt,desc:Recently changed",
				"createdAt,desc:Newest first", "createdAt,asc:Oldest first")
			.forEach(s -> sorts.put(s.split(":")[0], s.split(":")[1]));
		return java.util.Collections.unmodifiableMap(sorts);
	}

}
