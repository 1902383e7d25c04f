package io.tierdesk.identity.web;

import io.tierdesk.identity.SignInBanners;
import io.tierdesk.platform.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form with the sign-in banner; Spring Security handles the POST and comes
 * back here with {@code ?error} for every kind of refusal.
 */
@PageController
class SignInPage {

	private final SignInBanners banners;

	SignInPage(SignInBanners banners) {
		this.banners = banners;
	}

	/**
	 * The one answer to every refused sign-in (wrong password, unknown email, no
	 * password, deactivated, paused), so the page does not tell which emails exist or
	 * which are paused.
	 */
	static final String REFUSED = "Email or password is wrong, or sign-in is paused for this account; "
			+ "try again in a moment.";

	@GetMapping("/sign-in")
	String show(@RequestParam(required = false) @Nullable String error,
			@RequestParam(name = "signed-out", required = false) @Nullable String signedOut, Model model) {
		model.addAttribute("banner", banners.current());
		model.addAttribute("failure", error != null ? REFUSED : null);
		model.addAttribute("signedOut", signedOut != null);
		return "identity/sign-in";
	}

}
