package io.tierdesk.ticket.desk;

import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.LastLooks;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketViews.TicketFilter;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A requester's own tickets, most recently changed first, those with news since they last
 * looked marked; and, when their organisation shares tickets, their colleagues' tickets
 * in a list of their own.
 */
@PageController
class PortalPage {

	static final String ORGANISATION = "organisation";

	private final TicketQueries queries;

	private final LastLooks lastLooks;

	PortalPage(TicketQueries queries, LastLooks lastLooks) {
		this.queries = queries;
		this.lastLooks = lastLooks;
	}

	@GetMapping("/portal")
	String myTickets(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable String list, Caller caller, Model model) {
		boolean colleagues = ORGANISATION.equals(list) && caller.organisationSharesTickets();
		var paging = PageQuery.of(page, 50, "updatedAt,desc", TicketQueries.SORTABLE, TicketQueries.QUEUE_ORDER);
		PageOf<TicketView> tickets = colleagues ? queries.colleagues(paging, caller)
				: queries.list(mine(caller), paging, caller);
		Set<Long> news = lastLooks.newAmong(tickets.items(), caller);
		model.addAttribute("tickets", tickets);
		model.addAttribute("news", news);
		model.addAttribute("colleagues", colleagues);
		model.addAttribute("title", NewsTitle.of(colleagues ? "My organisation" : "My tickets", news));
		return "ticket/portal";
	}

	private static TicketFilter mine(Caller caller) {
		return new TicketFilter(Set.of(), false, Set.of(), null, false, caller.id(), Set.of(), Set.of(), Set.of(),
				null);
	}

}
