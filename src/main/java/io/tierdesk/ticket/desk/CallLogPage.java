package io.tierdesk.ticket.desk;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.Channel;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The concierge desk: find the caller by name or email (or take a new email) and log
 * their ticket.
 */
@PageController
class CallLogPage {

	private final Tickets tickets;

	private final Users users;

	private final Categories categories;

	private final Directory directory;

	CallLogPage(Tickets tickets, Users users, Categories categories, Directory directory) {
		this.tickets = tickets;
		this.users = users;
		this.categories = categories;
		this.directory = directory;
	}

	@GetMapping("/desk/calls/new")
	String form(@RequestParam(required = false) @Nullable String q, Caller caller, Model model) {
		return render(q, CallForm.blank(), Map.of(), caller, model);
	}

	@PostMapping("/desk/calls")
	String log(@Valid @ModelAttribute("form") @Nullable CallForm form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		CallForm typed = TypedForm.orAsTyped(form, CallForm.class, request);
		if (binding.hasErrors()) {
			return render(null, typed, FormErrors.of(binding), caller, model);
		}
		TicketView ticket;
		try {
			ticket = tickets.open(typed.command(), caller, null).ticket();
		}
		catch (Problem problem) {
			return render(null, typed, FormErrors.of(problem), caller, model);
		}
		redirect.addFlashAttribute("notice", ticket.channel().label() + " ticket " + ticket.number() + " logged for "
				+ ticket.requester().name() + ".");
		return "redirect:/tickets/" + ticket.id();
	}

	private String render(@Nullable String q, CallForm form, Map<String, String> errors, Caller caller, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("found",
				q == null || q.isBlank() ? List.of() : users.search(q, false, 0, 20, caller).items());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("channels", List.of(Channel.PHONE, Channel.WALK_IN));
		model.addAttribute("types", List.of(TicketType.values()));
		model.addAttribute("impacts", PlainWords.DESK_IMPACT);
		model.addAttribute("urgencies", PlainWords.DESK_URGENCY);
		model.addAttribute("categories", categories.all());
		model.addAttribute("teams", directory.allTeams());
		return "ticket/call";
	}

}
