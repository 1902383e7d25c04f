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
 * priority, team, assignee, type and channel, and words to search ({@code q}, from the
 * search box in the header). Choosing a status shows that status even when it is not open
 * (a queue of resolved tickets). A search without a queue looks through every ticket,
 * open or not, best match first.
 */
record DeskFilter(@Nullable String queue, @Nullable Status status, @Nullable Priority priority, @Nullable Long team,
		@Nullable Long assignee, @Nullable TicketType type, @Nullable Channel channel, @Nullable String sort,
		@Nullable Integer page, @Nullable String q) {

	/** The orders the sort menu offers, in the words it shows them. */
	static final Map<String, String> SORTS = sorts();

	static final String DEFAULT_SORT = "priority,asc";

	static final String BEST_MATCH = "relevance,desc";

	/** Whether there is something to search: a number or words. */
	public boolean searching() {
		return q != null && !q.isBlank();
	}

	/**
	 * How many filters narrow the queue (status, priority, team, assignee, type,
	 * channel), for the folded filter bar's "Filters (2 active)"; the sort order narrows
	 * nothing.
	 */
	public long activeFilters() {
		return java.util.stream.Stream.of(status, priority, team, assignee, type, channel)
			.filter(java.util.Objects::nonNull)
			.count();
	}

	/** The standing queue shown, or none: a search without a chosen queue. */
	@Nullable DeskQueue shownQueue() {
		return searching() && queue == null ? null : chosenQueue();
	}

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
	 * (Closed; Mine · Resolved), so All open never stands over closed tickets. A search
	 * without a queue is Search.
	 */
	String heading(@Nullable DeskQueue queue) {
		String shown = queue == null ? "Search" : queue.label();
		if (status == null) {
			return shown;
		}
		return queue == DeskQueue.OPEN ? status.label() : shown + " · " + status.label();
	}

	public String chosenSort() {
		if (sort != null && SORTS.containsKey(sort) && (searching() || !sort.equals(BEST_MATCH))) {
			return sort;
		}
		return searching() ? BEST_MATCH : DEFAULT_SORT;
	}

	TicketFilter narrow(TicketFilter base) {
		return new TicketFilter(status == null ? Set.of() : Set.of(status), status == null && base.openOnly(),
				team == null ? base.teamIds() : Set.of(team), assignee == null ? base.assigneeId() : assignee,
				assignee == null && base.unassigned(), null, one(priority), one(type), one(channel), q);
	}

	private static <T> Set<T> one(@Nullable T value) {
		return value == null ? Set.of() : Set.of(value);
	}

	private static Map<String, String> sorts() {
		var sorts = new java.util.LinkedHashMap<String, String>();
		List.of(BEST_MATCH + ":Best match (a search)", "priority,asc:Priority, most urgent first",
				"due,asc:Due soonest first", "updatedAt,desc:Recently changed", "createdAt,desc:Newest first",
				"createdAt,asc:Oldest first")
			.forEach(s -> sorts.put(s.split(":")[0], s.split(":")[1]));
		return java.util.Collections.unmodifiableMap(sorts);
	}

}
