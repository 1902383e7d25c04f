package io.tierdesk.identity.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.tierdesk.identity.SignInBanners;
import io.tierdesk.identity.SignIns;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.Times;
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

	private final SignIns signIns;

	private final Times times;

	SignInPage(SignInBanners banners, SignIns signIns, Times times) {
		this.banners = banners;
		this.signIns = signIns;
		this.times = times;
	}

	/**
	 * The one answer to every refused sign-in (wrong password, unknown email, no
	 * password, deactivated, paused), so the page does not tell which emails exist or
	 * which are paused. It says when a pause ends at the latest
	 * ({@link SignIns#pausesEndBy}, rounded up to the minute): the same time for
	 * everyone, so it tells a paused person when to come back and nobody else anything;
	 * in the browser's zone (nobody is signed in yet), with the zone's short name.
	 */
	static final String REFUSED = "Email or password is wrong, or sign-in is paused for this account after "
			+ "failed attempts. A pause ends by %s at the latest; the service desk can lift it sooner.";

	@GetMapping("/sign-in")
	String show(@RequestParam(required = false) @Nullable String error,
			@RequestParam(name = "signed-out", required = false) @Nullable String signedOut, Model model) {
		model.addAttribute("banner", banners.current());
		model.addAttribute("failure", error != null ? refused() : null);
		model.addAttribute("signedOut", signedOut != null);
		return "identity/sign-in";
	}

	private String refused() {
		Instant endsBy = signIns.pausesEndBy();
		Instant roundedUp = endsBy.truncatedTo(ChronoUnit.MINUTES).equals(endsBy) ? endsBy
				: endsBy.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
		return REFUSED.formatted(times.clockTime(roundedUp));
	}

}
