package io.tierdesk.sla.web;

import io.tierdesk.identity.Directory;
import io.tierdesk.sla.action.PolicyActionPlan;
import io.tierdesk.sla.action.PolicyActions;
import io.tierdesk.sla.action.SlaAction;
import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Organisations;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import io.tierdesk.sla.calendar.BusinessCalendarRepository;
import io.tierdesk.sla.policy.PolicyCatalogue;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.TicketType;
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

/**
 * Admin: the SLA policies in the order they are tried (move up / down, delete), and the
 * form that creates or changes one.
 */
@PageController
class PoliciesAdminPage {

	private static final String LIST = "redirect:/admin/sla/policies";

	private final PolicyCatalogue policies;

	private final BusinessCalendarRepository calendars;

	private final Organisations organisations;

	private final Categories categories;

	private final PolicyActions actions;

	private final Directory directory;

	PoliciesAdminPage(PolicyCatalogue policies, BusinessCalendarRepository calendars, Organisations organisations,
			Categories categories, PolicyActions actions, Directory directory) {
		this.policies = policies;
		this.actions = actions;
		this.directory = directory;
		this.calendars = calendars;
		this.organisations = organisations;
		this.categories = categories;
	}

	@GetMapping("/admin/sla/policies")
	String list(Caller caller, Model model) {
		model.addAttribute("policies", policies.list(caller));
		return "admin/sla-policies";
	}

	@PostMapping("/admin/sla/policies/{id}/move")
	String move(@PathVariable long id, @RequestParam(defaultValue = "down") String direction, Caller caller,
			RedirectAttributes redirect) {
		policies.move(id, "up".equals(direction) ? -1 : 1, caller);
		redirect.addFlashAttribute("notice", "Order saved.");
		return LIST;
	}

	@PostMapping("/admin/sla/policies/{id}/delete")
	String delete(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		String name = policies.get(id, caller).name();
		policies.delete(id, caller);
		redirect.addFlashAttribute("notice", "Policy " + name + " deleted.");
		return LIST;
	}

	@GetMapping("/admin/sla/policies/new")
	String blank(Caller caller, Model model) {
		return render(null, PolicyForm.blank(), Map.of(), caller, model);
	}

	@GetMapping("/admin/sla/policies/{id}")
	String edit(@PathVariable long id, Caller caller, Model model) {
		return render(id, PolicyForm.of(policies.get(id, caller), actions.of(id, caller)), Map.of(), caller, model);
	}

	@PostMapping("/admin/sla/policies/new")
	String create(@ModelAttribute("form") @Nullable PolicyForm form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		return save(null, form, binding, request, caller, model, redirect);
	}

	@PostMapping("/admin/sla/policies/{id}")
	String change(@PathVariable long id, @ModelAttribute("form") @Nullable PolicyForm form, BindingResult binding,
			WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		return save(id, form, binding, request, caller, model, redirect);
	}

	private String save(@Nullable Long id, @Nullable PolicyForm form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		PolicyForm typed = TypedForm.orAsTyped(form, PolicyForm.class, request);
		if (binding.hasErrors()) {
			return render(id, typed, FormErrors.of(binding), caller, model);
		}
		try {
			if (id != null && typed.version() == null) {
				throw new Problem.InvalidInput("version",
						"the form lost the version it was read at; open the policy again");
			}
			PolicyActionPlan plan = typed.actions();
			actions.check(plan);
			var saved = id == null ? policies.create(typed.command(), caller)
					: policies.change(id, typed.version(), typed.command(), caller);
			actions.replace(saved.id(), plan, caller);
			redirect.addFlashAttribute("notice", "Policy " + saved.name() + " saved.");
		}
		catch (Problem.InvalidInput | Problem.Conflict problem) {
			return render(id, typed, FormErrors.of(problem), caller, model);
		}
		return LIST;
	}

	private String render(@Nullable Long id, PolicyForm form, Map<String, String> errors, Caller caller, Model model) {
		model.addAttribute("policyId", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("calendars",
				calendars.findAllByOrderByNameAsc().stream().map(c -> Map.entry(c.id(), c.name())).toList());
		model.addAttribute("organisations", organisations.all(caller));
		model.addAttribute("categories", categories.all());
		model.addAttribute("types", List.of(TicketType.values()));
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("slaActions", List.of(SlaAction.values()));
		model.addAttribute("teams", directory.allTeams());
		return "admin/sla-policy";
	}

}
