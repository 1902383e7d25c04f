package io.tierdesk.ticket.desk;

import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.Categories.NewCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		return render(Map.of(), model);
	}

	@PostMapping("/admin/categories")
	String create(@RequestParam String name, @RequestParam(required = false) @Nullable Long parentId, Caller caller,
			Model model, RedirectAttributes redirect) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100 || trimmed.contains("/")) {
			return render(Map.of("name", "a name of 1 to 100 characters, without '/'"), model);
		}
		try {
			var created = categories.create(new NewCategory(trimmed, parentId), caller);
			redirect.addFlashAttribute("notice", "Category " + created.path() + " created.");
		}
		catch (Problem problem) {
			return render(FormErrors.of(problem), model);
		}
		return "redirect:/admin/categories";
	}

	private String render(Map<String, String> errors, Model model) {
		model.addAttribute("categories", categories.all());
		model.addAttribute("errors", errors);
		return "admin/categories";
	}

}
