package io.tierdesk.identity.web;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.UserViews;
import io.tierdesk.identity.UserViews.NewUser;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
 * Admin: find users and create one with a role and, if they are to sign in, a password.
 */
@PageController
class UsersAdminPage {

	private final Users users;

	UsersAdminPage(Users users) {
		this.users = users;
	}

	/** The API's {@link NewUser} limits, for the fields this form has. */
	record UserForm(@NotBlank @Email @Size(max = UserViews.EMAIL_MAX) String email,
			@NotBlank @Size(max = UserViews.NAME_MAX) String name, @NotNull Role role,
			@Nullable @Size(max = UserViews.PASSWORD_MAX) String password) {

		static UserForm blank() {
			return new UserForm("", "", Role.REQUESTER, null);
		}

		NewUser command() {
			return new NewUser(email.strip(), name.strip(), role, null,
					password == null || password.isEmpty() ? null : password, null);
		}

	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) @Nullable String q, Caller caller, Model model) {
		return render(q, UserForm.blank(), Map.of(), caller, model);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") @Nullable UserForm form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		UserForm typed = TypedForm.orAsTyped(form, UserForm.class, request);
		if (binding.hasErrors()) {
			return render(null, typed, FormErrors.of(binding), caller, model);
		}
		try {
			var created = users.create(typed.command(), caller);
			redirect.addFlashAttribute("notice", "User " + created.name() + " created as "
					+ created.role().label().toLowerCase(java.util.Locale.ROOT) + ".");
			return "redirect:/admin/users/" + created.id();
		}
		catch (Problem problem) {
			return render(null, typed, FormErrors.of(problem), caller, model);
		}
	}

	private String render(@Nullable String q, UserForm form, Map<String, String> errors, Caller caller, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("found", users.search(q, false, 0, 100, caller));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", List.of(Role.values()));
		return "admin/users";
	}

}
