package io.tierdesk.channel.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import io.tierdesk.channel.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 in a real browser: the header counts an agent's unread notifications, the list
 * shows them newest first with links to their tickets, opening one goes to the ticket and
 * lowers the count, and "Mark all read" clears it. Photographed at 1280 and 390 px into
 * target/screens.
 */
class NotificationsBrowserTests extends BrowserTestSupport {

	@Autowired
	Notifications notifications;

	@Test
	void anAgentReadsTheirNotificationsFromTheHeader() {
		Person alex = newPerson("AGENT", unique("Alex Alert"));
		long ticket = openTicket(newRequester(), "Printer on fire").get("id").asLong();
		notifications.tell(alex.id(), "TD-" + ticket + " Printer on fire — Resolution target warning reached: due"
				+ " Tue 24 Nov 14:00 UTC, P3 on Around the clock", ticket, "w");
		notifications.tell(alex.id(), "TD-" + ticket + " Printer on fire — Resolution target breached: due"
				+ " Tue 24 Nov 14:00 UTC, P3 on Around the clock", ticket, "b");
		signIn(page, alex.email(), PASSWORD);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications, 2 unread")).click();
		assertThat(
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notifications").setExact(true)))
			.isVisible();
		assertThat(page.locator(".notification-list li").first()).containsText("Resolution target breached");
		assertAccessible(page);
		look("notifications");

		page.locator(".notification-list li").first().getByRole(AriaRole.LINK).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/tickets/" + ticket + "$"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications, 1 unread")))
			.isVisible();

		page.navigate("/notifications");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read (1 unread)")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("All notifications marked read.");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications, none unread")))
			.isVisible();
		assertAccessible(page);
	}

	private void look(String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "screens", name + "-1280.png")));
		page.setViewportSize(390, 844);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "screens", name + "-390.png")));
		page.setViewportSize(1280, 800);
	}

}
