package io.tierdesk.identity.web;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.TeamModel;
import io.tierdesk.identity.Teams;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: teams, tiered (tier 1 to 4) or swarm, and who is in them. */
@PageController
class TeamsAdminPage {

	private final Teams teams;

	private final Users users;

	private final Directory directory;

	TeamsAdminPage(Teams teams, Users users, Directory directory) {
		this.teams = teams;
		this.users = users;
		this.directory = directory;
	}

	@GetMapping("/admin/teams")
	String list(Caller caller, Model model) {
		return render(TeamForm.blank(), Map.of(), caller, model);
	}

	@PostMapping("/admin/teams")
	String create(@Valid @ModelAttribute("form") @Nullable TeamForm form, BindingResult binding, WebRequest request,
			Caller caller, Model page, RedirectAttributes redirect) {
		TeamForm typed = TypedForm.orAsTyped(form, TeamForm.class, request);
		if (binding.hasErrors()) {
			return render(typed, FormErrors.of(binding), caller, page);
		}
		try {
			teams.create(typed.command(), caller);
		}
		catch (Problem problem) {
			return render(typed, FormErrors.of(problem), caller, page);
		}
		redirect.addFlashAttribute("notice", "Team " + typed.name().strip() + " created.");
		return "redirect:/admin/teams";
	}

	@PostMapping("/admin/teams/{id}/members")
	String addMember(@PathVariable long id, @RequestParam long userId, Caller caller, RedirectAttributes redirect) {
		teams.addMember(id, userId, caller);
		redirect.addFlashAttribute("notice", "Member added.");
		return "redirect:/admin/teams";
	}

	@PostMapping("/admin/teams/{id}/members/{userId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long userId, Caller caller, RedirectAttributes redirect) {
		teams.removeMember(id, userId, caller);
		redirect.addFlashAttribute("notice", "Member removed.");
		return "redirect:/admin/teams";
	}

	private String render(TeamForm form, Map<String, String> errors, Caller caller, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("teams", TeamCard.of(teams.all(caller), directory));
		model.addAttribute("staff", users.search(null, true, 0, 200, caller).items());
		model.addAttribute("models", List.of(TeamModel.values()));
		model.addAttribute("errors", errors);
		return "admin/teams";
	}

}
