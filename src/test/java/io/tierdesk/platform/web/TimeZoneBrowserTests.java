package io.tierdesk.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "times are shown in the person's time zone": a browser in Tokyo sees a
 * ticket's times in Tokyo time with the zone on hover and in the header; after choosing
 * New York on My account the same page shows New York times.
 */
class TimeZoneBrowserTests extends BrowserTestSupport {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

	@Test
	void aBrowserInTokyoSeesTokyoTimesUntilThePersonChoosesNewYork() {
		Person agent = newPerson("AGENT", unique("Tomo Agent"));
		var ticket = openTicket(newRequester(), unique("Clock drift on the badge reader"));
		Instant opened = Instant.parse(ticket.get("createdAt").asString());
		String path = "/tickets/" + ticket.get("id").asLong();
		Page tokyo = newPageInTimeZone("Asia/Tokyo");

		signIn(tokyo, agent.email(), PASSWORD);
		tokyo.navigate(path);
		Locator openedAt = tokyo.locator("#opened-at time");
		assertThat(openedAt).hasText(shown(opened, "Asia/Tokyo"));
		assertThat(openedAt).hasAttribute("title", shown(opened, "Asia/Tokyo") + " JST (Asia/Tokyo)");
		assertThat(openedAt).hasAttribute("datetime", opened.toString());
		assertThat(tokyo.locator(".top-bar .zone")).hasText("Asia/Tokyo");
		assertThat(tokyo.locator(".timeline time").first()).hasText("just now");
		assertThat(tokyo.locator(".timeline time").first()).hasAttribute("title",
				shown(opened, "Asia/Tokyo") + " JST (Asia/Tokyo)");
		assertAccessible(tokyo);
		look(tokyo, "ticket-tokyo");

		tokyo.locator(".top-bar .zone").click();
		assertThat(tokyo.getByLabel("Show times in")).hasValue("");
		assertThat(tokyo.getByLabel("Show times in").locator("option").first())
			.hasText("Use my browser's time zone (Asia/Tokyo)");
		tokyo.getByLabel("Show times in").selectOption("America/New_York");
		tokyo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save time zone")).click();
		assertThat(tokyo.getByRole(AriaRole.STATUS)).hasText("Times are now shown in America/New_York.");
		assertThat(tokyo.getByLabel("Show times in")).hasValue("America/New_York");
		assertAccessible(tokyo);
		look(tokyo, "account-time-zone");

		tokyo.navigate(path);
		assertThat(openedAt).hasText(shown(opened, "America/New_York"));
		assertThat(openedAt).hasAttribute("title", shown(opened, "America/New_York") + " EST (America/New_York)");
		assertThat(tokyo.locator(".top-bar .zone")).hasText("America/New_York");
		tokyo.navigate("/desk?queue=open");
		assertThat(tokyo.locator("#queue-results time").first()).hasAttribute("title",
				java.util.regex.Pattern.compile("EST \\(America/New_York\\)$"));
		assertAccessible(tokyo);
	}

	private static String shown(Instant at, String zone) {
		return SHOWN.format(at.atZone(ZoneId.of(zone)));
	}

	/**
	 * A picture at desktop and phone width into target/screens, for a person to look at.
	 */
	private static void look(Page on, String name) {
		on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "screens", name + "-1280.png")));
		on.setViewportSize(390, 844);
		on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "screens", name + "-390.png")));
		assertThat((Boolean) on.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("%s fits 390 px without sideways scrolling", name)
			.isTrue();
		on.setViewportSize(1280, 800);
	}

}
