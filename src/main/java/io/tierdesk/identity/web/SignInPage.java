package io.tierdesk.identity.web;

import io.tierdesk.identity.SignInBanners;
import io.tierdesk.platform.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form with the sign-in banner; Spring Security handles the POST and says why
 * it failed.
 */
@PageController
class SignInPage {

	private final SignInBanners banners;

	SignInPage(SignInBanners banners) {
		this.banners = banners;
	}

	@GetMapping("/sign-in")
	String show(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String locked,
			@RequestParam(name = "signed-out", required = false) @Nullable String signedOut, Model model) {
		model.addAttribute("banner", banners.current());
		model.addAttribute("failure", error != null ? "Wrong email or password, or the account cannot sign in."
				: locked != null ? "This account is locked after too many failed sign-ins. Try again later." : null);
		model.addAttribute("signedOut", signedOut != null);
		return "identity/sign-in";
	}

}
