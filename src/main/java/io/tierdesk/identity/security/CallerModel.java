package io.tierdesk.identity.security;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows who is signed in ({@code me}, or null on the sign-in page), so the
 * layout shows their menu.
 */
@ControllerAdvice(annotations = PageController.class)
class CallerModel {

	@ModelAttribute("me")
	@Nullable Caller me() {
		return SessionCallers.current().orElse(null);
	}

}
