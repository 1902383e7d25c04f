package io.tierdesk.ticket.desk;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.Tickets;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requester confirms that a resolution solved the problem, and the ticket closes.
 * Saying it did not is the reopen of {@link TicketChangePage}.
 */
@PageController
class SolvedPage {

	private final Tickets tickets;

	SolvedPage(Tickets tickets) {
		this.tickets = tickets;
	}

	@PostMapping("/tickets/{id}/solved")
	String confirm(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		String number = tickets.confirmSolved(id, caller).number();
		redirect.addFlashAttribute("notice", "Thank you. " + number + " is closed.");
		return "redirect:/tickets/" + id;
	}

}
