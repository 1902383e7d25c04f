package io.tierdesk.ticket.desk;

import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import io.tierdesk.ticket.Categories;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: the category tree tickets are sorted into. */
@PageController
class CategoriesAdminPage {

	private final Categories categories;

	CategoriesAdminPage(Categories categories) {
		this.categories = categories;
	}

	@GetMapping("/admin/categories")
	String list(Model model) {
		return render(CategoryForm.blank(), Map.of(), model);
	}

	@PostMapping("/admin/categories")
	String create(@Valid @ModelAttribute("form") @Nullable CategoryForm form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		CategoryForm typed = TypedForm.orAsTyped(form, CategoryForm.class, request);
		if (binding.hasErrors()) {
			return render(typed, FormErrors.of(binding), model);
		}
		try {
			var created = categories.create(typed.command(), caller);
			redirect.addFlashAttribute("notice", "Category " + created.path() + " created.");
		}
		catch (Problem problem) {
			return render(typed, FormErrors.of(problem), model);
		}
		return "redirect:/admin/categories";
	}

	private String render(CategoryForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("categories", categories.all());
		model.addAttribute("errors", errors);
		return "admin/categories";
	}

}
