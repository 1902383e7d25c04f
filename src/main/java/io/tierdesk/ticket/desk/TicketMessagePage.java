package io.tierdesk.ticket.desk;

import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.web.MultipartUpload;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A public reply (anyone on the ticket) or an internal note (staff), with attachments.
 */
@PageController
class TicketMessagePage {

	private static final int MAX_BODY = 100_000;

	private final Tickets tickets;

	private final TicketPageModel page;

	TicketMessagePage(Tickets tickets, TicketPageModel page) {
		this.tickets = tickets;
		this.page = page;
	}

	@PostMapping("/tickets/{id}/messages")
	String add(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "PUBLIC") Visibility visibility,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Caller caller,
			Model model, RedirectAttributes redirect) {
		try {
			if (body.length() > MAX_BODY) {
				throw new Problem.InvalidInput("body", "must be at most " + MAX_BODY + " characters");
			}
			tickets.addMessage(id, new NewMessage(body, visibility), MultipartUpload.of(files), caller);
		}
		catch (Problem problem) {
			model.addAttribute("reply", new ReplyForm(body, visibility));
			model.addAttribute("errors", FormErrors.of(problem));
			return page.render(id, caller, model);
		}
		redirect.addFlashAttribute("notice",
				visibility == Visibility.INTERNAL ? "Internal note added." : "Reply sent.");
		return "redirect:/tickets/" + id;
	}

}
