package io.tierdesk.ticket.desk;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One ticket, for its requester or for the desk; a ticket the caller may not see is a
 * 404.
 */
@PageController
class TicketPage {

	private final TicketPageModel page;

	TicketPage(TicketPageModel page) {
		this.page = page;
	}

	@GetMapping("/tickets/{id}")
	String show(@PathVariable long id, Caller caller, Model model) {
		return page.render(id, caller, model);
	}

}
