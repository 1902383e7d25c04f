package io.tierdesk.sla;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The admin's business calendar pages in a browser: reached from the policy pages, a
 * calendar with a lunch break and a yearly holiday created, edited, read in the list in
 * words, its "try it" box answered, its deletion refused while a policy runs on it; both
 * pages fit a phone.
 */
class CalendarsBrowserTests extends BrowserTestSupport {

	@Test
	void adminCreatesEditsAndCannotDeleteACalendarInUse() {
		signInAsAdmin(page);
		page.navigate("/admin/sla/policies");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage calendars")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New calendar")).click();
		String name = unique("Lunch break");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Time zone", new Page.GetByLabelOptions().setExact(true)).fill("Europe/Berlin");
		page.getByLabel("Monday interval 1 end").fill("12:00");
		page.getByLabel("Monday interval 2 start").fill("13:00");
		page.getByLabel("Monday interval 2 end").fill("17:00");
		page.getByLabel("Day 1 date").fill("2026-12-25");
		page.getByLabel("Day 1 is").selectOption("yearly");
		save();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Calendar " + name + " saved.");
		assertThat(row(name)).containsText("Mon 09:00–12:00, 13:00–17:00; Tue–Fri 09:00–17:00");
		assertThat(row(name)).containsText("Europe/Berlin");

		row(name).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name))
			.click();
		String edit = page.url().replaceFirst("^https?://[^/]+", "");
		long id = Long.parseLong(edit.substring(edit.lastIndexOf('/') + 1));
		assertThat(page.getByLabel("Day 1 is")).hasValue("yearly");
		page.getByLabel("Tuesday interval 1 end").fill("12:00");
		page.getByLabel("Tuesday interval 2 start").fill("13:00");
		page.getByLabel("Tuesday interval 2 end").fill("17:00");
		save();

		assertThat(row(name)).containsText("Mon–Tue 09:00–12:00, 13:00–17:00; Wed–Fri 09:00–17:00");
		screenshot(page, "sla-calendars");
		assertAccessible(page);

		page.navigate(edit);
		page.getByLabel("Start (Europe/Berlin)").fill("2026-12-24T16:00");
		page.getByLabel("Business minutes").fill("90");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compute due time")).click();
		// Thursday 16:00 plus 90 minutes: an hour that day, then past the yearly holiday
		// on
		// Friday and the weekend, half an hour on Monday.
		assertThat(page.locator(".due-answer")).containsText("Mon 28 Dec 2026, 09:30 CET (Europe/Berlin)");
		screenshot(page, "sla-calendar");
		assertAccessible(page);

		String policy = unique("Runs on lunch");
		var body = new java.util.HashMap<>(SlaFixtures.policy(policy, id));
		body.put("conditions", Map.of("organisationIds", List.of(newOrganisation(false))));
		org.assertj.core.api.Assertions.assertThat(admin().post("/api/v1/sla/policies", body).status()).isEqualTo(201);
		page.navigate("/admin/sla/calendars");
		row(name).getByText("Delete " + name + "…").click();
		row(name)
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Yes, delete " + name))
			.click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("is used by policy " + policy);
		assertThat(row(name)).containsText("policy " + policy);

		page.setViewportSize(390, 844);
		for (String path : List.of("/admin/sla/calendars", edit, "/admin/sla/calendars/new")) {
			page.navigate(path);
			org.assertj.core.api.Assertions
				.assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"))
				.as("%s scrolls sideways on a phone", path)
				.isFalse();
			assertAccessible(page);
		}
		page.navigate(edit);
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/sla-calendar-390.png"))
			.setFullPage(true));
		page.navigate("/admin/sla/calendars");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/sla-calendars-390.png")));
	}

	private void save() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save calendar")).click();
	}

	private com.microsoft.playwright.Locator row(String name) {
		return page.locator("tbody tr", new Page.LocatorOptions().setHasText(name));
	}

}
