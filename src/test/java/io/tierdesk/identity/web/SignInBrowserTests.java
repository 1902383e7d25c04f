package io.tierdesk.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInBrowserTests extends BrowserTestSupport {

	private static final String DEFAULT_BANNER = "This system is for authorised use only. Activity is logged and may be monitored.";

	@AfterEach
	void restoreBanner() {
		admin().put("/api/v1/banner", Map.of("text", DEFAULT_BANNER, "acceptanceRequired", false));
	}

	@Test
	void signInPageShowsTheBannerAndARequesterLandsInThePortal() {
		Person requester = newPerson("REQUESTER", "Rita Requester");

		page.navigate("/sign-in");
		assertThat(page.getByLabel("Sign-in notice")).containsText("authorised use only");
		assertAccessible(page);
		signIn(page, requester.email(), PASSWORD);

		assertThat(page).hasURL(Pattern.compile(".*/portal$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tickets"))).isVisible();
	}

	@Test
	void wrongPasswordSaysSoReadably() {
		Person agent = newPerson("AGENT", "Wendy Wrong");

		signIn(page, agent.email(), "not-the-password-at-all");

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong email or password");
		assertAccessible(page);
	}

	@Test
	void lockedAccountSaysItIsLocked() {
		Person agent = newPerson("AGENT", "Larry Locked");
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(page, agent.email(), "not-the-password-at-all");
			assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
		}

		signIn(page, agent.email(), PASSWORD);

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("locked");
	}

	@Test
	void bannerMustBeAcceptedOnceBeforeAnythingElse() {
		admin().put("/api/v1/banner", Map.of("text", "Read me: monitored system.", "acceptanceRequired", true));
		Person agent = newPerson("AGENT", "Anna Accepts");

		signIn(page, agent.email(), PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/banner/accept$"));
		assertThat(page.getByLabel("Sign-in notice")).hasText("Read me: monitored system.");
		assertAccessible(page);
		page.navigate("/desk");
		assertThat(page).hasURL(Pattern.compile(".*/banner/accept$"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I accept")).click();
		assertThat(page).hasURL(Pattern.compile(".*/desk$"));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("signed out");
		signIn(page, agent.email(), PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/desk$"));
	}

}
