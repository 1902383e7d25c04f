package io.tierdesk.ticket.desk;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import io.tierdesk.ticket.web.MultipartUpload;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.Tickets;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's form for asking for help: what is wrong, how many it hurts and how soon,
 * with files.
 */
@PageController
class NewTicketPage {

	private final Tickets tickets;

	private final Categories categories;

	private final TicketQueries queries;

	NewTicketPage(Tickets tickets, Categories categories, TicketQueries queries) {
		this.tickets = tickets;
		this.categories = categories;
		this.queries = queries;
	}

	/** A blank form, or one that follows up a closed ticket the caller may see. */
	@GetMapping("/portal/tickets/new")
	String form(@RequestParam(required = false) @Nullable Long followUpOf, Caller caller, Model model) {
		TicketForm form = followUpOf == null ? TicketForm.blank()
				: TicketForm.followingUp(queries.get(followUpOf, caller));
		return render(form, Map.of(), model);
	}

	/**
	 * The ticket and its files are one transaction: a refused file keeps the form (and
	 * what was typed), no ticket.
	 */
	@PostMapping("/portal/tickets")
	String open(@Valid @ModelAttribute("form") @Nullable TicketForm form, BindingResult binding,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		TicketForm typed = TypedForm.orAsTyped(form, TicketForm.class, request);
		if (binding.hasErrors()) {
			return render(typed, FormErrors.of(binding), model);
		}
		TicketView ticket;
		try {
			ticket = tickets.open(typed.command(), MultipartUpload.of(files), caller, null).ticket();
		}
		catch (Problem problem) {
			return render(typed, FileFields.errorsOf(problem), model);
		}
		redirect.addFlashAttribute("notice", "Ticket " + ticket.number() + " opened.");
		return "redirect:/tickets/" + ticket.id();
	}

	private String render(TicketForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", TicketType.forRequesters());
		model.addAttribute("impacts", PlainWords.IMPACT);
		model.addAttribute("urgencies", PlainWords.URGENCY);
		model.addAttribute("categories", categories.all());
		return "ticket/new-ticket";
	}

}
