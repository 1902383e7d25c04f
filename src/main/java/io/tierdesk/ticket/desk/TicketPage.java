package io.tierdesk.ticket.desk;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.LastLooks;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One ticket, for its requester or for the desk; a ticket the caller may not see is a
 * 404. Opening it is looking at it: its "new" marker clears for this person.
 */
@PageController
class TicketPage {

	private final TicketPageModel page;

	private final LastLooks lastLooks;

	TicketPage(TicketPageModel page, LastLooks lastLooks) {
		this.page = page;
		this.lastLooks = lastLooks;
	}

	@GetMapping("/tickets/{id}")
	String show(@PathVariable long id, Caller caller, Model model) {
		String view = page.render(id, caller, model);
		lastLooks.looked(id, caller);
		return view;
	}

}
