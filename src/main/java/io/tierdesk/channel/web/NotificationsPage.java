package io.tierdesk.channel.web;

import java.util.Set;

import io.tierdesk.channel.NotificationView;
import io.tierdesk.channel.Notifications;
import io.tierdesk.identity.Caller;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.platform.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notifications, newest first. Opening one marks it read and goes
 * to its ticket; "Mark all read" clears the header's count.
 */
@PageController
class NotificationsPage {

	static final int PAGE_SIZE = 50;

	private final Notifications notifications;

	NotificationsPage(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(required = false) @Nullable Integer page, Caller caller, Model model) {
		var list = notifications.of(caller, PageQuery.of(page, PAGE_SIZE, null, Set.of("id"), "id,desc"));
		model.addAttribute("notifications", list);
		model.addAttribute("unread", notifications.unread(caller.id()));
		return "channel/notifications";
	}

	@GetMapping("/notifications/{id}")
	String open(@PathVariable long id, Caller caller) {
		NotificationView notification = notifications.read(id, caller);
		return notification.ticketId() == null ? "redirect:/notifications"
				: "redirect:/tickets/" + notification.ticketId();
	}

	@PostMapping("/notifications/read")
	String readAll(Caller caller, RedirectAttributes redirect) {
		notifications.readAll(caller);
		redirect.addFlashAttribute("notice", "All notifications marked read.");
		return "redirect:/notifications";
	}

}
