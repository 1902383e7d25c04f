package io.tierdesk.identity.web;

import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.SignInBanners;
import io.tierdesk.identity.SignInBanners.BannerChange;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: the sign-in banner's text and whether every user must accept it. */
@PageController
class BannerAdminPage {

	private final SignInBanners banners;

	BannerAdminPage(SignInBanners banners) {
		this.banners = banners;
	}

	/**
	 * The API's {@link BannerChange} limits; an unticked box is not sent, so absent means
	 * false.
	 */
	record BannerForm(@NotBlank(message = "write the notice") @Size(max = SignInBanners.TEXT_MAX) String text,
			boolean acceptanceRequired) {

		BannerChange command() {
			return new BannerChange(text, acceptanceRequired);
		}

	}

	@GetMapping("/admin/banner")
	String show(Model model) {
		var banner = banners.current();
		return render(new BannerForm(banner.text(), banner.acceptanceRequired()), Map.of(), model);
	}

	@PostMapping("/admin/banner")
	String change(@Valid @ModelAttribute("form") @Nullable BannerForm form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		BannerForm typed = TypedForm.orAsTyped(form, BannerForm.class, request);
		if (binding.hasErrors()) {
			return render(typed, FormErrors.of(binding), model);
		}
		banners.change(typed.command(), caller);
		redirect.addFlashAttribute("notice", "Sign-in banner saved.");
		return "redirect:/admin/banner";
	}

	private String render(BannerForm form, Map<String, String> errors, Model model) {
		model.addAttribute("banner", banners.current());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/banner";
	}

}
