package io.tierdesk.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 in a real browser: a person changes their password; an admin unlocks a paused
 * account, resets a password and gives a requester from a call portal access (each
 * password shown once); organisations; the audit screen. Each screen is also photographed
 * at 1280 and 390 px into target/screens for a person to look at.
 */
class AccountsBrowserTests extends BrowserTestSupport {

	private static final String NEW_PASSWORD = "quite-another-passphrase-7";

	@Test
	void aPersonChangesTheirPasswordFromMyAccount() {
		Person rita = newPerson("REQUESTER", unique("Rita Renew"));
		signIn(page, rita.email(), PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My account")).click();

		page.getByLabel("Current password").fill("not-my-password-at-all");
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
		page.getByLabel("New password again").fill(NEW_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(page.locator("#current-password-error")).hasText("is not your current password");
		assertAccessible(page);
		look("account-refused");

		page.getByLabel("Current password").fill(PASSWORD);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
		page.getByLabel("New password again").fill(NEW_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Password changed");
		assertThat(page.getByRole(AriaRole.TABLE)).containsText("Signed in");
		assertAccessible(page);
		look("account");

		Page again = newPage();
		signIn(again, rita.email(), NEW_PASSWORD);
		assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My tickets"))).isVisible();
	}

	@Test
	void anAdminUnlocksAPausedAccountAndResetsItsPasswordShownOnce() {
		Person dan = newPerson("AGENT", unique("Dan Door"));
		Page stranger = newPage();
		for (int i = 0; i < 5; i++) {
			signIn(stranger, dan.email(), "guess-" + i);
		}
		assertThat(stranger.getByRole(AriaRole.ALERT)).containsText("A pause ends by");
		signInAsAdmin(page);
		page.navigate("/admin/users/" + dan.id());
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sign-in")))
			.containsText("Paused until");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock sign-in")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sign-in unlocked");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset password")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Password reset");
		String password = page.locator("#issued-password").textContent().strip();
		assertAccessible(page);
		look("user-reset");

		page.reload();
		assertThat(page.locator("#issued-password")).hasCount(0);
		Page dans = newPage();
		signIn(dans, dan.email(), password);
		assertThat(dans.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Desk").setExact(true)))
			.isVisible();
	}

	@Test
	void anAdminGivesARequesterFromACallPortalAccess() {
		User caller = newRequester();
		signInAsAdmin(page);
		page.navigate("/admin/users/" + caller.id());

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give portal access")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Portal access given");
		String password = page.locator("#issued-password").textContent().strip();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset password"))).isVisible();
		Page theirs = newPage();
		signIn(theirs, caller.email(), password);
		assertThat(theirs.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My tickets"))).isVisible();
	}

	@Test
	void anAdminCreatesAndChangesAnOrganisation() {
		String name = unique("Fabrikam");
		signInAsAdmin(page);
		page.navigate("/admin/users");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisations")).click();

		page.locator("#new-organisation-name").fill(name);
		page.locator("#new-organisation-domain").fill("not a domain");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organisation new organisation"))
			.click();
		assertThat(page.locator("#new-organisation-domain-error")).hasText("must be a domain such as example.org");
		assertThat(page.locator("#new-organisation-name")).hasValue(name);
		String domain = "fab-" + java.util.UUID.randomUUID().toString().substring(0, 6) + ".example";
		page.locator("#new-organisation-domain").fill(domain);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organisation new organisation"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Organisation " + name + " created.");

		Locator card = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name));
		assertThat(card).containsText("Domain " + domain);
		card.getByLabel("Tickets").selectOption("true");
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save " + name)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Organisation " + name + " saved.");
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name)))
			.containsText("Shares tickets");
		assertAccessible(page);
		look("organisations");
	}

	@Test
	void aSecurityAnalystFiltersTheAuditLogByPersonAndKind() {
		Person analyst = newPerson("SECURITY_ANALYST", unique("Sid Sentinel"));
		Person agent = newPerson("AGENT", unique("Ada Audited"));
		admin().post("/api/v1/users/" + agent.id() + "/password", Map.of());
		signIn(page, analyst.email(), PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).click();

		page.getByLabel("Person (name or email)").fill(agent.email());
		page.getByLabel("Kind").selectOption("PASSWORD_RESET");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1 entry"))).isVisible();
		assertThat(page.getByRole(AriaRole.TABLE)).containsText("Password reset by an admin");
		assertThat(page.getByRole(AriaRole.TABLE)).containsText(agent.email());
		assertAccessible(page);
		look("audit");
	}

	/** A picture at desktop and phone width, for a person to look at. */
	private void look(String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "screens", name + "-1280.png")));
		page.setViewportSize(390, 844);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "screens", name + "-390.png")));
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("%s fits 390 px without sideways scrolling", name)
			.isTrue();
		page.setViewportSize(1280, 800);
	}

}
