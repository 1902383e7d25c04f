package io.tierdesk.ticket.web;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.Visibility;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's form for asking for help: what is wrong, how many it hurts and how soon, with files. */
@PageController
class NewTicketPage {

	private final Tickets tickets;

	private final Categories categories;

	NewTicketPage(Tickets tickets, Categories categories) {
		this.tickets = tickets;
		this.categories = categories;
	}

	@GetMapping("/portal/tickets/new")
	String form(Model model) {
		return render(TicketForm.blank(), Map.of(), model);
	}

	/** The files go on the ticket's first message, the same way the API adds them. */
	@PostMapping("/portal/tickets")
	String open(@Valid @ModelAttribute TicketForm form, BindingResult binding,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Caller caller,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return render(form, FormErrors.of(binding), model);
		}
		TicketView ticket;
		try {
			ticket = tickets.open(form.command(), caller, null).ticket();
		}
		catch (Problem problem) {
			return render(form, FormErrors.of(problem), model);
		}
		redirect.addFlashAttribute("notice", "Ticket " + ticket.number() + " opened. " + attach(ticket, files, caller));
		return "redirect:/tickets/" + ticket.id();
	}

	private String attach(TicketView ticket, @Nullable List<MultipartFile> files, Caller caller) {
		var uploads = MultipartUpload.of(files);
		if (uploads.isEmpty()) {
			return "";
		}
		try {
			tickets.addMessage(ticket.id(), new NewMessage("", Visibility.PUBLIC), uploads, caller);
			return uploads.size() == 1 ? "The file is attached." : uploads.size() + " files are attached.";
		}
		catch (Problem problem) {
			return "The files were not attached: " + problem.getMessage() + " Add them again in a reply.";
		}
	}

	private String render(TicketForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", List.of(TicketType.values()));
		model.addAttribute("impacts", PlainWords.IMPACT);
		model.addAttribute("urgencies", PlainWords.URGENCY);
		model.addAttribute("categories", categories.all());
		return "ticket/new-ticket";
	}

}
