package io.tierdesk.ticket.desk;

import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketViews.TicketFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A requester's own tickets, most recently changed first. */
@PageController
class PortalPage {

	private final TicketQueries queries;

	PortalPage(TicketQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/portal")
	String myTickets(@RequestParam(required = false) @Nullable Integer page, Caller caller, Model model) {
		var mine = new TicketFilter(Set.of(), false, Set.of(), null, false, caller.id(), Set.of(), Set.of(), Set.of(),
				null);
		var paging = PageQuery.of(page, 50, "updatedAt,desc", TicketQueries.SORTABLE, TicketQueries.QUEUE_ORDER);
		model.addAttribute("tickets", queries.list(mine, paging, caller));
		return "ticket/portal";
	}

}
