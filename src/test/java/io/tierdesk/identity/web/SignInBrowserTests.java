package io.tierdesk.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInBrowserTests extends BrowserTestSupport {

	private static final String DEFAULT_BANNER = "This system is for authorised use only. Activity is logged and may be monitored.";

	private static final String REFUSED = "Email or password is wrong, or sign-in is paused for this account";

	@AfterEach
	void restoreBanner() {
		admin().put("/api/v1/banner", Map.of("text", DEFAULT_BANNER, "acceptanceRequired", false));
	}

	/**
	 * Every browser test signs in from this machine's address, so this class's wrong
	 * passwords would add up to a pause of that address for later tests; an hour later
	 * they no longer count.
	 */
	@AfterEach
	void forgetThisMachinesFailures() {
		clock.advance(Duration.ofHours(1));
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

		assertThat(page.getByRole(AriaRole.ALERT)).containsText(REFUSED);
		assertAccessible(page);
	}

	@Test
	void pausedAccountLetsItsOwnerInAfterTheShortWait() {
		Person agent = newPerson("AGENT", "Paula Paused");
		guessWrongFiveTimes(agent);

		signIn(page, agent.email(), PASSWORD);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText(REFUSED);
		clock.advance(Duration.ofSeconds(1));
		signIn(page, agent.email(), PASSWORD);

		assertThat(page).hasURL(Pattern.compile(".*/desk$"));
	}

	@Test
	void adminUnlocksAPausedAccountOnTheUserPage() {
		Person agent = newPerson("AGENT", "Ulla Unlocked");
		guessWrongFiveTimes(agent);
		Page admin = newPage();
		signInAsAdmin(admin);

		admin.navigate("/admin/users/" + agent.id());
		assertThat(admin.getByText("Paused until")).isVisible();
		assertAccessible(admin);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock sign-in")).click();

		assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Sign-in unlocked");
		signIn(page, agent.email(), PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/desk$"));
	}

	private void guessWrongFiveTimes(Person person) {
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(page, person.email(), "not-the-password-at-all");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText(REFUSED);
		}
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
