package io.tierdesk.ticket.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The requester's side of issue 10 in a real browser: news since they last looked is
 * marked and counted, a resolution is read and answered, a closed ticket is followed up.
 */
class WhatChangedBrowserTests extends BrowserTestSupport {

	@Test
	void aNewReplyIsMarkedInTheRequestersListUntilTheyOpenTheTicket() {
		Person rita = newPerson("REQUESTER", "Rita Reader");
		String subject = unique("Scanner offline");
		long ticket = ticketFor(rita, subject).get("id").asLong();
		clock.advance(Duration.ofMinutes(1));
		admin().post("/api/v1/tickets/" + ticket + "/messages",
				Map.of("body", "Is it plugged in?", "visibility", "PUBLIC"));

		signIn(page, rita.email(), PASSWORD);
		page.navigate("/portal");

		Locator row = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(subject)));
		assertThat(row).containsText("New");
		assertThat(row.getByText("since you last looked")).hasCount(1);
		assertThat(page).hasTitle(Pattern.compile("^\\(1\\) My tickets"));
		assertThat(row).containsText("In progress");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject)).click();
		assertThat(page.locator("#conversation")).containsText("Is it plugged in?");
		page.navigate("/portal");
		assertThat(row).not().containsText("New");
		assertThat(page).hasTitle(Pattern.compile("^My tickets"));
	}

	@Test
	void theRequesterReadsTheResolutionAndConfirmsItIsSolved() {
		Person rita = newPerson("REQUESTER", "Rita Resolved");
		long ticket = resolvedFor(rita, unique("Outlook crashes"), "Repaired the Office install");

		signIn(page, rita.email(), PASSWORD);
		page.navigate("/tickets/" + ticket);

		Locator resolution = page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Resolved: did this solve it?"));
		assertThat(resolution).containsText("Repaired the Office install");
		assertAccessible(page);
		resolution.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, it's solved")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is closed");
		assertThat(page.locator(".ticket-header")).containsText("Closed");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a follow-up"))).isVisible();
	}

	@Test
	void aClosedTicketIsFollowedUpByANewOneLinkedToIt() {
		Person rita = newPerson("REQUESTER", "Rita Returns");
		String subject = unique("Badge reader");
		long earlier = resolvedFor(rita, subject, "Re-enrolled your badge");
		admin().post("/api/v1/tickets/" + earlier + "/close", Map.of());

		signIn(page, rita.email(), PASSWORD);
		page.navigate("/tickets/" + earlier);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a follow-up")).click();
		assertThat(page.getByLabel("What is wrong?")).hasValue("Follow-up: " + subject);
		assertThat(page.locator("main")).containsText("This ticket follows up TD-" + earlier);
		assertAccessible(page);
		page.getByLabel("Tell us more").fill("The door at the back entrance refuses it again.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("opened");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TD-" + earlier)).click();
		assertThat(page.locator(".ticket-header")).containsText("Followed up by");
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Follow-up: " + subject).setExact(false)))
			.isVisible();
		assertAccessible(page);
	}

	@Test
	void theResolutionAndTheMarkedListFitAPhoneScreen() {
		Person rita = newPerson("REQUESTER", "Rita Phone");
		long ticket = resolvedFor(rita, unique("Phone-sized resolution"), "Replaced the docking station");
		page.setViewportSize(390, 844);
		signIn(page, rita.email(), PASSWORD);

		for (String path : new String[] { "/portal", "/tickets/" + ticket }) {
			page.navigate(path);
			assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling on %s", path)
				.isEqualTo(true);
			assertAccessible(page);
		}
	}

	/** A ticket an agent logged for the requester (they have no API token here). */
	private JsonNode ticketFor(Person requester, String subject) {
		var opened = admin().post("/api/v1/tickets",
				Map.of("subject", subject, "requesterEmail", requester.email(), "channel", "PHONE"));
		assertThat(opened.status()).as("%s", opened).isEqualTo(201);
		return opened.json();
	}

	private long resolvedFor(Person requester, String subject, String resolution) {
		JsonNode opened = ticketFor(requester, subject);
		long id = opened.get("id").asLong();
		var resolved = admin().patch("/api/v1/tickets/" + id,
				Map.of("version", opened.get("version").asLong(), "status", "RESOLVED", "reason", resolution));
		assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
		return id;
	}

}
