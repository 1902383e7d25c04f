package io.tierdesk.identity.web;

import java.time.ZoneId;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.PasswordPolicy;
import io.tierdesk.identity.Passwords;
import io.tierdesk.identity.Passwords.PasswordChange;
import io.tierdesk.identity.SignInHistory;
import io.tierdesk.identity.TimeZonePreferences;
import io.tierdesk.identity.TimeZonePreferences.TimeZoneChoice;
import io.tierdesk.identity.UserViews;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.TimeZones;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.Times;
import io.tierdesk.platform.web.TypedForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every role's own account: change the password, choose the time zone pages use, see the
 * recent sign-ins.
 */
@PageController
class AccountPage {

	/** Enough to spot a sign-in that was not you, few enough to read at a glance. */
	static final int RECENT_SIGN_INS = 20;

	private final Passwords passwords;

	private final SignInHistory history;

	/**
	 * Without the module that records sign-ins (identity started on its own, in its
	 * module test) there is no history to show.
	 */
	private final TimeZonePreferences timeZones;

	private final Times times;

	AccountPage(Passwords passwords, ObjectProvider<SignInHistory> history, TimeZonePreferences timeZones,
			Times times) {
		this.passwords = passwords;
		this.timeZones = timeZones;
		this.times = times;
		this.history = history.getIfAvailable(() -> (userId, email, limit) -> java.util.List.of());
	}

	/**
	 * The API's {@link PasswordChange} and the new password typed twice: a typo in a
	 * password nobody can see would lock its owner out.
	 */
	record PasswordForm(
			@NotBlank(message = "type your current password") @Size(
					max = UserViews.PASSWORD_MAX) String currentPassword,
			@NotBlank(message = "choose a new password") @Size(max = UserViews.PASSWORD_MAX) String newPassword,
			@NotBlank(message = "type the new password again") @Size(
					max = UserViews.PASSWORD_MAX) String repeatPassword) {

		static PasswordForm blank() {
			return new PasswordForm("", "", "");
		}

		@AssertTrue(message = "does not match the new password")
		boolean isRepeatPassword() {
			return newPassword == null || newPassword.equals(repeatPassword);
		}

		PasswordChange command() {
			return new PasswordChange(currentPassword, newPassword);
		}

	}

	@GetMapping("/account")
	String show(Caller caller, Model model) {
		return render(Map.of(), caller, model);
	}

	/**
	 * A name the list does not offer (only a tampered form sends one) is refused beside
	 * the list, which keeps it selected as sent.
	 */
	@PostMapping("/account/time-zone")
	String chooseTimeZone(@Valid @ModelAttribute("zoneForm") @Nullable TimeZoneChoice form, BindingResult binding,
			WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		TimeZoneChoice typed = TypedForm.orAsTyped(form, TimeZoneChoice.class, request);
		try {
			if (binding.hasErrors()) {
				return renderZoneRefused(FormErrors.of(binding), typed, caller, model);
			}
			redirect.addFlashAttribute("notice",
					timeZones.choose(typed, caller)
						.map(zone -> "Times are now shown in " + zone.getId() + ".")
						.orElse("Times now follow your browser's time zone."));
			return "redirect:/account";
		}
		catch (Problem problem) {
			return renderZoneRefused(FormErrors.of(problem), typed, caller, model);
		}
	}

	private String renderZoneRefused(Map<String, String> errors, TimeZoneChoice typed, Caller caller, Model model) {
		String view = render(errors, caller, model);
		model.addAttribute("zoneTyped", typed.timeZone() == null ? "" : typed.timeZone());
		return view;
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("form") @Nullable PasswordForm form, BindingResult binding,
			WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		PasswordForm typed = TypedForm.orAsTyped(form, PasswordForm.class, request);
		if (binding.hasErrors()) {
			return render(FormErrors.of(binding), caller, model);
		}
		try {
			passwords.change(typed.command(), caller);
		}
		catch (Problem problem) {
			return render(FormErrors.of(problem), caller, model);
		}
		redirect.addFlashAttribute("notice", "Password changed. Use the new one from your next sign-in.");
		return "redirect:/account";
	}

	/** Passwords typed are never sent back to the browser, not even after a refusal. */
	private String render(Map<String, String> errors, Caller caller, Model model) {
		model.addAttribute("form", PasswordForm.blank());
		model.addAttribute("errors", errors);
		model.addAttribute("signIns", history.recent(caller.id(), caller.email(), RECENT_SIGN_INS));
		model.addAttribute("passwordMin", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("zoneTyped", timeZones.of(caller.id()).map(ZoneId::getId).orElse(""));
		model.addAttribute("commonZones", TimeZones.COMMON);
		model.addAttribute("allZones", TimeZones.regions());
		model.addAttribute("browserZone", times.browserZone().map(ZoneId::getId).orElse(null));
		return "identity/account";
	}

}
