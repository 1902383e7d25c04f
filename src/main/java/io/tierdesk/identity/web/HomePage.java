package io.tierdesk.identity.web;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The start: requesters go to their portal, staff to the desk. */
@PageController
class HomePage {

	@GetMapping("/")
	String start(Caller caller) {
		return caller.isStaff() ? "redirect:/desk" : "redirect:/portal";
	}

}
