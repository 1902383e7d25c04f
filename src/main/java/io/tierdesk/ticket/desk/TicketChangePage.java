package io.tierdesk.ticket.desk;

import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.domain.StaleVersion;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
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
	String change(@PathVariable long id, @Valid @ModelAttribute("change") @Nullable ChangeForm form,
			BindingResult binding, WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		ChangeForm typed = TypedForm.orAsTyped(form, ChangeForm.class, request);
		TicketView current = queries.get(id, caller);
		if (binding.hasErrors()) {
			return rerender(id, typed, FormErrors.of(binding), caller, model);
		}
		try {
			tickets.change(id, typed.changeFrom(current), caller);
		}
		catch (StaleVersion stale) {
			model.addAttribute("change", typed.rebasedOn(current));
			model.addAttribute("stale", current.number() + " was changed by someone else while you were editing. "
					+ "Their change is shown below; your edits are still in the form. Check them and save again.");
			return page.render(id, caller, model);
		}
		catch (Problem problem) {
			return rerender(id, typed, FormErrors.of(problem), caller, model);
		}
		redirect.addFlashAttribute("notice", "Ticket " + current.number() + " saved.");
		return "redirect:/tickets/" + id;
	}

	/**
	 * The agent takes the ticket at the version they see; the same rules as any
	 * assignment (a member of its team) decide.
	 */
	@PostMapping("/tickets/{id}/assign-to-me")
	String assignToMe(@PathVariable long id, @RequestParam long version, Caller caller, Model model,
			RedirectAttributes redirect) {
		TicketView current = queries.get(id, caller);
		try {
			tickets.change(id,
					new TicketChange(version, null, null, null, null, null, null, caller.id(), null, null, null),
					caller);
		}
		catch (StaleVersion stale) {
			model.addAttribute("stale", current.number() + " was changed by someone else since you loaded it. "
					+ "Their change is shown below; take it again if it is still yours to do.");
			return page.render(id, caller, model);
		}
		catch (Problem problem) {
			model.addAttribute("changeErrors", FormErrors.of(problem));
			return page.render(id, caller, model);
		}
		redirect.addFlashAttribute("notice", current.number() + " is assigned to you.");
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/tickets/{id}/reopen")
	String reopen(@PathVariable long id, @Valid @ModelAttribute("reopen") @Nullable ReopenForm form,
			BindingResult binding, WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		ReopenForm typed = TypedForm.orAsTyped(form, ReopenForm.class, request);
		if (binding.hasErrors()) {
			model.addAttribute("reopen", typed);
			model.addAttribute("reopenErrors", FormErrors.of(binding));
			return page.render(id, caller, model);
		}
		tickets.reopen(id, TicketForm.blankToNull(typed.reason()), caller);
		redirect.addFlashAttribute("notice", "Ticket reopened.");
		return "redirect:/tickets/" + id;
	}

	private String rerender(long id, ChangeForm typed, Map<String, String> errors, Caller caller, Model model) {
		model.addAttribute("change", typed);
		model.addAttribute("changeErrors", errors);
		return page.render(id, caller, model);
	}

}
