package io.tierdesk.ticket.desk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.LastLooks;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.QueueColumn;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews.TicketFilter;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.search.SearchQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The agent desk: the standing queues with their counts, the filter bar, and one page of
 * 50 tickets, with the columns other modules add ({@link QueueColumn}); tickets with news
 * since the agent last looked are marked. The filter bar works without script; with htmx
 * it refreshes only the results when a filter changes.
 */
@PageController
class DeskPage {

	static final int PAGE_SIZE = 50;

	private final TicketQueries queries;

	private final Directory directory;

	private final Users users;

	private final AssigneeChoices assignees;

	private final List<QueueColumn> columns;

	private final LastLooks lastLooks;

	DeskPage(TicketQueries queries, Directory directory, Users users, AssigneeChoices assignees,
			ObjectProvider<QueueColumn> columns, LastLooks lastLooks) {
		this.queries = queries;
		this.lastLooks = lastLooks;
		this.directory = directory;
		this.users = users;
		this.assignees = assignees;
		this.columns = columns.orderedStream().toList();
	}

	/** A module's column with its cells for the page shown. */
	record ExtraColumn(String heading, Map<Long, String> cells) {
	}

	/**
	 * The queues, and the search box's answers: a ticket's number ({@code TD-1042},
	 * {@code 1042}) opens that ticket; words list the tickets that have them, narrowed by
	 * the filter bar. A refresh by htmx never jumps: it replaces only the results.
	 */
	@GetMapping("/desk")
	String desk(@ModelAttribute("filter") DeskFilter filter, Caller caller, HttpServletRequest request, Model model,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		SearchQuery search = SearchQuery.parse(filter.q());
		Long number = search.ticketNumber();
		if (number != null && htmx == null && queries.canSee(number, caller)) {
			return "redirect:/tickets/" + number;
		}
		List<Long> myTeams = directory.teamIdsOf(caller.id());
		DeskQueue queue = filter.shownQueue();
		var paging = PageQuery.of(filter.page(), PAGE_SIZE, filter.chosenSort(), TicketQueries.SORTABLE,
				DeskFilter.DEFAULT_SORT);
		TicketFilter base = queue == null ? TicketFilter.none() : queue.filter(caller, myTeams);
		PageOf<TicketView> tickets = queries.list(filter.narrow(base), paging, caller);
		model.addAttribute("queue", queue);
		model.addAttribute("heading", filter.heading(queue));
		addBulk(model, request.getQueryString(), tickets.items());
		model.addAttribute("search", search);
		model.addAttribute("searchText", filter.q());
		model.addAttribute("hits", filter.searching() ? queries.hits(tickets.items(), search, caller) : Map.of());
		model.addAttribute("counts", counts(caller, myTeams));
		model.addAttribute("tickets", tickets);
		Set<Long> news = lastLooks.newAmong(tickets.items(), caller);
		model.addAttribute("news", news);
		model.addAttribute("title", NewsTitle.of("Desk", news));
		model.addAttribute("columns",
				columns.stream().map(c -> new ExtraColumn(c.heading(), c.cells(tickets.items()))).toList());
		model.addAttribute("previousPage", tickets.page() > 0 ? pageLink(tickets.page() - 1) : null);
		model.addAttribute("nextPage",
				(long) (tickets.page() + 1) * PAGE_SIZE < tickets.total() ? pageLink(tickets.page() + 1) : null);
		addChoices(model, caller);
		return "ticket/desk";
	}

	/**
	 * The bulk bar posts to the same view (its query string) and its "all on this page"
	 * box carries the page's rows with their versions.
	 */
	private static void addBulk(Model model, @Nullable String query, List<TicketView> rows) {
		model.addAttribute("bulkUrl", "/desk/bulk" + (query == null ? "" : "?" + query));
		model.addAttribute("allOnPage",
				rows.stream().map(t -> t.id() + ":" + t.version()).collect(java.util.stream.Collectors.joining(",")));
	}

	private Map<DeskQueue, Long> counts(Caller caller, List<Long> myTeams) {
		Map<DeskQueue, Long> counts = new LinkedHashMap<>();
		for (DeskQueue q : DeskQueue.values()) {
			counts.put(q, queries.count(q.filter(caller, myTeams), caller));
		}
		return counts;
	}

	private void addChoices(Model model, Caller caller) {
		model.addAttribute("queues", List.of(DeskQueue.values()));
		model.addAttribute("statuses", List.of(Status.values()));
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("types", List.of(TicketType.values()));
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("teams", directory.allTeams());
		model.addAttribute("agents", users.search(null, true, 0, 200, caller).items());
		model.addAttribute("sorts", DeskFilter.SORTS);
		model.addAttribute("bulkAssignees", assignees.forTeam(null, caller).others());
		model.addAttribute("impacts", PlainWords.DESK_IMPACT);
		model.addAttribute("urgencies", PlainWords.DESK_URGENCY);
	}

	private static String pageLink(int page) {
		// The desk's path even when a refused bulk action shows the desk from /desk/bulk.
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replacePath("/desk")
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
