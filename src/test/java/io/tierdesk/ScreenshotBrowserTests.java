package io.tierdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's screenshots, over the demo desk ({@code tierdesk.demo=true}) in its own
 * application context and database, so they show what a newcomer sees after the first
 * start. Each screen is also checked with axe. Always on the embedded H2 database
 * (profile {@code test} only): the pictures need the demo data, not a second database.
 */
@Tag(DatabaseProfiles.OWN_H2_DATABASE)
@ActiveProfiles(profiles = "test", inheritProfiles = false)
@TestPropertySource(properties = { "tierdesk.demo=true",
		"spring.datasource.url=jdbc:h2:mem:tierdesk-demo-ui;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class ScreenshotBrowserTests extends BrowserTestSupport {

	/** The demo seeder's password for its people (see the README's demo section). */
	private static final String DEMO_PASSWORD = "demo-password-2026";

	@Test
	void screenshotsOfTheMainScreensOverTheDemoDesk() {
		page.navigate("/sign-in");
		assertAccessible(page);
		screenshot(page, "sign-in");

		signIn(page, "rita.requester@example.org", DEMO_PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/portal$"));
		assertThat(page.locator("tbody tr").first()).isVisible();
		assertAccessible(page);
		screenshot(page, "portal");

		Page desk = newPage();
		signIn(desk, "alex.agent@example.org", DEMO_PASSWORD);
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("My teams"))).click();
		assertThat(desk.locator("#queue-results tbody tr").first()).isVisible();
		assertAccessible(desk);
		screenshot(desk, "agent-queue");

		desk.locator("#queue-results tbody tr a").first().click();
		assertThat(desk.locator(".ticket-header")).isVisible();
		assertAccessible(desk);
		screenshot(desk, "ticket");

		Page phone = newPage();
		phone.setViewportSize(390, 844);
		signIn(phone, "alex.agent@example.org", DEMO_PASSWORD);
		phone.navigate("/desk?queue=open&type=INCIDENT");
		assertThat(phone.locator("#filters-summary")).hasText("Filters (1 active)");
		assertAccessible(phone);
		screenshot(phone, "phone-desk");
		phone.locator("#filters-summary").click();
		assertThat(phone.getByLabel("Priority").first()).isVisible();
		assertAccessible(phone);
		screenshot(phone, "phone-desk-filters");
		phone.locator("#filters-summary").click();
		phone.locator("#queue-results tbody tr a").first().click();
		assertThat(phone.locator(".ticket-header")).isVisible();
		assertAccessible(phone);
		screenshot(phone, "phone-ticket");

		Page phonePortal = newPage();
		phonePortal.setViewportSize(390, 844);
		signIn(phonePortal, "rita.requester@example.org", DEMO_PASSWORD);
		assertThat(phonePortal.locator("tbody tr").first()).isVisible();
		assertAccessible(phonePortal);
		screenshot(phonePortal, "phone-portal");

		Page admin = newPage();
		signInAsAdmin(admin);
		admin.navigate("/admin/priority-matrix");
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Priority matrix")))
			.isVisible();
		assertAccessible(admin);
		screenshot(admin, "admin-priority-matrix");

		admin.navigate("/admin/teams");
		assertThat(admin.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Members of Service Desk")))
			.containsText("Alex Agent");
		assertAccessible(admin);
		screenshot(admin, "admin-teams");
	}

}
