package io.tierdesk.ticket.desk;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.domain.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a ticket's fields at the desk, and reopening it. When someone else saved
 * first, the page shows their change and keeps the agent's typed values in the form,
 * ready to save again over the new version.
 */
@PageController
class TicketChangePage {

	private final Tickets tickets;

	private final TicketQueries queries;

	private final TicketPageModel page;

	TicketChangePage(Tickets tickets, TicketQueries queries, TicketPageModel page) {
		this.tickets = tickets;
		this.queries = queries;
		this.page = page;
	}

	@PostMapping("/tickets/{id}/change")
	String change(@PathVariable long id, @ModelAttribute ChangeForm form, Caller caller, Model model,
			RedirectAttributes redirect) {
		TicketView current = queries.get(id, caller);
		try {
			tickets.change(id, form.changeFrom(current), caller);
		}
		catch (StaleVersion stale) {
			model.addAttribute("change", form.rebasedOn(current));
			model.addAttribute("stale", current.number() + " was changed by someone else while you were editing. "
					+ "Their change is shown below; your edits are still in the form. Check them and save again.");
			return page.render(id, caller, model);
		}
		catch (Problem problem) {
			model.addAttribute("change", form);
			model.addAttribute("changeErrors", FormErrors.of(problem));
			return page.render(id, caller, model);
		}
		redirect.addFlashAttribute("notice", "Ticket " + current.number() + " saved.");
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/tickets/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, Caller caller,
			RedirectAttributes redirect) {
		tickets.reopen(id, TicketForm.blankToNull(reason), caller);
		redirect.addFlashAttribute("notice", "Ticket reopened.");
		return "redirect:/tickets/" + id;
	}

}
