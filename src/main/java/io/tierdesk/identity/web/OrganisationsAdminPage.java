package io.tierdesk.identity.web;

import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Organisations;
import io.tierdesk.identity.Organisations.NewOrganisation;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin: customer organisations, created and changed with the API's own
 * {@link NewOrganisation} (an unticked box is not sent, so absent means false).
 */
@PageController
class OrganisationsAdminPage {

	private final Organisations organisations;

	OrganisationsAdminPage(Organisations organisations) {
		this.organisations = organisations;
	}

	/**
	 * Which form a refusal belongs to: the new one, or the edit form of one organisation.
	 */
	private record Refused(@Nullable Long id, NewOrganisation typed, Map<String, String> errors) {

		static final Refused NONE = new Refused(null, new NewOrganisation("", "", false), Map.of());

	}

	@GetMapping("/admin/organisations")
	String list(Caller caller, Model model) {
		return render(Refused.NONE, caller, model);
	}

	@PostMapping("/admin/organisations")
	String create(@Valid @ModelAttribute("form") @Nullable NewOrganisation form, BindingResult binding,
			WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		return save(null, form, binding, request, caller, model, redirect);
	}

	@PostMapping("/admin/organisations/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") @Nullable NewOrganisation form,
			BindingResult binding, WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		organisations.get(id, caller);
		return save(id, form, binding, request, caller, model, redirect);
	}

	private String save(@Nullable Long id, @Nullable NewOrganisation form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		NewOrganisation typed = TypedForm.orAsTyped(form, NewOrganisation.class, request);
		if (binding.hasErrors()) {
			return render(new Refused(id, typed, FormErrors.of(binding)), caller, model);
		}
		try {
			var saved = id == null ? organisations.create(typed, caller) : organisations.change(id, typed, caller);
			redirect.addFlashAttribute("notice",
					"Organisation " + saved.name() + (id == null ? " created." : " saved."));
		}
		catch (Problem problem) {
			return render(new Refused(id, typed, FormErrors.of(problem)), caller, model);
		}
		return "redirect:/admin/organisations";
	}

	private String render(Refused refused, Caller caller, Model model) {
		model.addAttribute("organisations", organisations.all(caller));
		model.addAttribute("refused", refused);
		return "admin/organisations";
	}

}
