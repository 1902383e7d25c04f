package io.tierdesk.ticket.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriorityMatrixBrowserTests extends BrowserTestSupport {

	private String original;

	/**
	 * The matrix is shared by every test in this application context: put it back as it
	 * was.
	 */
	@BeforeEach
	void rememberMatrix() {
		original = admin().get("/api/v1/priority-matrix").text();
	}

	@AfterEach
	void restoreMatrix() {
		admin().raw("PUT", "/api/v1/priority-matrix", "application/json",
				original.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void headingsReadInThePortalsWords() {
		signInAsAdmin(page);

		page.navigate("/admin/priority-matrix");

		assertThat(page.getByRole(AriaRole.COLUMNHEADER))
			.hasText(new String[] { "High · I can't work", "Medium · It's slowing me down", "Low · It can wait" });
		assertThat(page.getByRole(AriaRole.ROWHEADER))
			.hasText(new String[] { "High · The whole company", "Medium · My team", "Low · Just me" });
	}

	@Test
	void aNewTicketGetsThePriorityTheAdminJustSet() {
		signInAsAdmin(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Priority matrix")).click();
		assertAccessible(page);
		page.getByLabel("Priority for impact Low and urgency Low").selectOption("P1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save matrix")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("saved");
		assertThat(page.getByLabel("Priority for impact Low and urgency Low")).hasValue("P1");

		Person requester = newPerson("REQUESTER", "Petra Priority");
		Page portal = newPage();
		signIn(portal, requester.email(), PASSWORD);
		portal.navigate("/portal/tickets/new");
		portal.getByLabel("What is wrong?").fill(unique("Desk lamp flickers"));
		portal.getByLabel("Just me").check();
		portal.getByLabel("It can wait").check();
		portal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

		assertThat(portal.locator(".ticket-header .priority-P1")).hasText("P1");
	}

}
