package io.tierdesk.identity.web;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.SignInBanners;
import io.tierdesk.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a user reads and accepts the sign-in banner before going on, when acceptance is
 * required.
 */
@PageController
class BannerAcceptancePage {

	private final SignInBanners banners;

	BannerAcceptancePage(SignInBanners banners) {
		this.banners = banners;
	}

	@GetMapping("/banner/accept")
	String show(Caller caller, Model model) {
		if (!banners.mustAccept(caller.id())) {
			return "redirect:/";
		}
		model.addAttribute("banner", banners.current());
		return "identity/banner-accept";
	}

	/**
	 * The version is the one the user read; if the text changed meanwhile, the service
	 * refuses and they read again.
	 */
	@PostMapping("/banner/accept")
	String accept(@RequestParam int version, Caller caller) {
		banners.accept(caller.id(), version);
		return "redirect:/";
	}

}
