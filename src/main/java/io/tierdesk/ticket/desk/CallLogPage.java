package io.tierdesk.ticket.desk;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.UserViews.UserView;
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
import io.tierdesk.ticket.web.MultipartUpload;
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
 * The concierge desk: find the caller by name or email (or take a new email) and log
 * their ticket. Finding is a button of the same form, so what the agent already typed
 * comes back with the people found; one match is chosen at once.
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

	/**
	 * Looks the requester up without logging anything: the form comes back as typed, with
	 * the people found. Nothing is checked yet (the agent may not have typed the
	 * subject), so the form is read as typed rather than bound and validated.
	 */
	@PostMapping("/desk/calls/find")
	String find(@RequestParam(required = false) @Nullable String q, WebRequest request, Caller caller, Model model) {
		CallForm typed = TypedForm.orAsTyped(null, CallForm.class, request);
		return render(q == null ? "" : q, typed, Map.of(), caller, model);
	}

	@PostMapping("/desk/calls")
	String log(@Valid @ModelAttribute("form") @Nullable CallForm form, BindingResult binding,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		CallForm typed = TypedForm.orAsTyped(form, CallForm.class, request);
		if (binding.hasErrors()) {
			return render(null, typed, FormErrors.of(binding), caller, model);
		}
		TicketView ticket;
		try {
			ticket = tickets.open(typed.command(), MultipartUpload.of(files), caller, null).ticket();
		}
		catch (Problem problem) {
			return render(null, typed, FileFields.errorsOf(problem), caller, model);
		}
		redirect.addFlashAttribute("notice", ticket.channel().label() + " ticket " + ticket.number() + " logged for "
				+ ticket.requester().name() + ".");
		return "redirect:/tickets/" + ticket.id();
	}

	private String render(@Nullable String q, CallForm form, Map<String, String> errors, Caller caller, Model model) {
		List<UserView> found = q == null || q.isBlank() ? List.of() : users.search(q, false, 0, 20, caller).items();
		model.addAttribute("q", q);
		model.addAttribute("found", found);
		model.addAttribute("form", found.size() == 1 ? form.choosingOnly(found.get(0).email()) : form);
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
