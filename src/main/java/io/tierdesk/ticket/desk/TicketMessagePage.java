package io.tierdesk.ticket.desk;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import io.tierdesk.ticket.web.MultipartUpload;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.Visibility;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A public reply (anyone on the ticket) or an internal note (staff), with attachments.
 */
@PageController
class TicketMessagePage {

	private final Tickets tickets;

	private final TicketPageModel page;

	TicketMessagePage(Tickets tickets, TicketPageModel page) {
		this.tickets = tickets;
		this.page = page;
	}

	@PostMapping("/tickets/{id}/messages")
	String add(@PathVariable long id, @Valid @ModelAttribute("reply") @Nullable ReplyForm form, BindingResult binding,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		ReplyForm typed = TypedForm.orAsTyped(form, ReplyForm.class, request);
		if (binding.hasErrors()) {
			return rerender(id, typed, FormErrors.of(binding), caller, model);
		}
		try {
			tickets.addMessage(id, typed.command(), MultipartUpload.of(files), caller);
		}
		catch (Problem problem) {
			return rerender(id, typed, FileFields.errorsOf(problem), caller, model);
		}
		redirect.addFlashAttribute("notice",
				typed.visibility() == Visibility.INTERNAL ? "Internal note added." : "Reply sent.");
		return "redirect:/tickets/" + id;
	}

	private String rerender(long id, ReplyForm typed, Map<String, String> errors, Caller caller, Model model) {
		model.addAttribute("reply", typed);
		model.addAttribute("errors", errors);
		return page.render(id, caller, model);
	}

}
