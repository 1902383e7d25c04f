package io.tierdesk.identity.web;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.ApiTokens;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Passwords;
import io.tierdesk.identity.Passwords.IssuedPassword;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.SignIns;
import io.tierdesk.identity.UserViews;
import io.tierdesk.identity.UserViews.MintedToken;
import io.tierdesk.identity.UserViews.NewToken;
import io.tierdesk.identity.UserViews.UserChange;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** Admin: one user's role, whether they may sign in, and their API tokens. */
@PageController
class UserAdminPage {

	private final Users users;

	private final ApiTokens tokens;

	private final SignIns signIns;

	private final Passwords passwords;

	UserAdminPage(Users users, ApiTokens tokens, SignIns signIns, Passwords passwords) {
		this.users = users;
		this.tokens = tokens;
		this.signIns = signIns;
		this.passwords = passwords;
	}

	/** The API's {@link NewToken} limits; a token minted here never expires. */
	record TokenForm(@NotBlank(message = "give the token a name") @Size(max = UserViews.TOKEN_NAME_MAX) String name) {

		NewToken command() {
			return new NewToken(name.strip(), null);
		}

	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable long id, Caller caller, Model model) {
		return render(id, new TokenForm(""), Map.of(), caller, model);
	}

	private String render(long id, TokenForm tokenForm, Map<String, String> tokenErrors, Caller caller, Model model) {
		model.addAttribute("tokenForm", tokenForm);
		model.addAttribute("tokenErrors", tokenErrors);
		model.addAttribute("user", users.get(id, caller));
		model.addAttribute("tokens", tokens.of(id, caller));
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("signIn", signIns.standing(id, caller));
		model.addAttribute("hasPassword", users.hasPassword(id, caller));
		return "admin/user";
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		signIns.unlock(id, caller);
		redirect.addFlashAttribute("notice", "Sign-in unlocked: the account's failed sign-ins are forgotten.");
		return "redirect:/admin/users/" + id;
	}

	/**
	 * A reset, or first portal access for someone without a password: the generated
	 * password goes through a flash attribute like a minted token's secret, so it is
	 * shown once and a reload neither shows it again nor makes another.
	 */
	@PostMapping("/admin/users/{id}/password")
	String issuePassword(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		IssuedPassword issued = passwords.issue(id, caller);
		redirect.addFlashAttribute("issued", issued);
		redirect.addFlashAttribute("notice",
				issued.firstAccess()
						? "Portal access given: " + issued.email() + " can sign in with the password below."
						: "Password reset: the old one no longer works, and any sign-in pause is lifted.");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam long version, @RequestParam Role role, Caller caller,
			RedirectAttributes redirect) {
		users.change(id, new UserChange(version, null, role, null, null), caller);
		redirect.addFlashAttribute("notice", "Role changed to " + role.label() + ".");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/active")
	String changeActive(@PathVariable long id, @RequestParam long version, @RequestParam boolean active, Caller caller,
			RedirectAttributes redirect) {
		users.change(id, new UserChange(version, null, null, active, null), caller);
		redirect.addFlashAttribute("notice", active ? "User reactivated." : "User deactivated.");
		return "redirect:/admin/users/" + id;
	}

	/**
	 * Redirects with the secret as a flash attribute: it lives in the session only until
	 * the next page shows it once, and reloading that page neither shows it again nor
	 * mints a second token.
	 */
	@PostMapping("/admin/users/{id}/tokens")
	String mint(@PathVariable long id, @Valid @ModelAttribute("tokenForm") @Nullable TokenForm form,
			BindingResult binding, WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		TokenForm typed = TypedForm.orAsTyped(form, TokenForm.class, request);
		if (binding.hasErrors()) {
			return render(id, typed, FormErrors.of(binding), caller, model);
		}
		MintedToken minted = tokens.mint(id, typed.command(), caller);
		redirect.addFlashAttribute("minted", minted);
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long tokenId, Caller caller, RedirectAttributes redirect) {
		// The page's address names the user: a token of someone else is not found here.
		if (tokens.of(id, caller).stream().noneMatch(token -> token.id() == tokenId)) {
			throw new Problem.NotFound("Token " + tokenId);
		}
		tokens.revoke(tokenId, caller);
		redirect.addFlashAttribute("notice", "Token revoked.");
		return "redirect:/admin/users/" + id;
	}

}
