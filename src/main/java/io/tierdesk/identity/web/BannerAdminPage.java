package io.tierdesk.identity.web;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.SignInBanners;
import io.tierdesk.identity.SignInBanners.BannerChange;
import io.tierdesk.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: the sign-in banner's text and whether every user must accept it. */
@PageController
class BannerAdminPage {

	private static final int MAX_TEXT = 4000;

	private final SignInBanners banners;

	BannerAdminPage(SignInBanners banners) {
		this.banners = banners;
	}

	@GetMapping("/admin/banner")
	String show(Model model) {
		model.addAttribute("banner", banners.current());
		return "admin/banner";
	}

	@PostMapping("/admin/banner")
	String change(@RequestParam String text, @RequestParam(defaultValue = "false") boolean acceptanceRequired,
			Caller caller, Model model, RedirectAttributes redirect) {
		if (text.isBlank() || text.length() > MAX_TEXT) {
			model.addAttribute("banner", banners.current());
			model.addAttribute("typed", text);
			model.addAttribute("error", "Write the notice, at most " + MAX_TEXT + " characters.");
			return "admin/banner";
		}
		banners.change(new BannerChange(text, acceptanceRequired), caller);
		redirect.addFlashAttribute("notice", "Sign-in banner saved.");
		return "redirect:/admin/banner";
	}

}
