package io.tierdesk.identity.security;

import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.web.HeaderItem;
import io.tierdesk.platform.web.HeaderLink;
import io.tierdesk.platform.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows who is signed in ({@code me}, or null on the sign-in page), so the
 * layout shows their menu, and the links other modules add to the header for them.
 */
@ControllerAdvice(annotations = PageController.class)
class CallerModel {

	private final ObjectProvider<HeaderItem> headerItems;

	CallerModel(ObjectProvider<HeaderItem> headerItems) {
		this.headerItems = headerItems;
	}

	@ModelAttribute("me")
	@Nullable Caller me() {
		return SessionCallers.current().orElse(null);
	}

	@ModelAttribute("headerLinks")
	List<HeaderLink> headerLinks() {
		return SessionCallers.current()
			.map(caller -> headerItems.orderedStream().flatMap(item -> item.linkFor(caller.id()).stream()).toList())
			.orElse(List.of());
	}

}
