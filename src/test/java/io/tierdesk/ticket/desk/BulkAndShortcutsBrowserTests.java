package io.tierdesk.ticket.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Moving work fast at the desk: a bulk action with one refused ticket, "Assign to me",
 * and the keyboard shortcuts with their help dialog and next ticket in the queue.
 */
class BulkAndShortcutsBrowserTests extends BrowserTestSupport {

	@Test
	void aBulkMoveMovesTheTicketsAndReportsTheOneSomeoneElseChanged() {
		Person agent = newPerson("AGENT", "Bea Bulk");
		long from = newTeam("Bulk from", 1, agent.id());
		long to = newTeam("Bulk to", 2, agent.id());
		List<Long> ids = List.of(ticketIn(from, "Bulk one"), ticketIn(from, "Bulk two"), ticketIn(from, "Bulk three"));
		signIn(page, agent.email(), PASSWORD);
		page.navigate("/desk?queue=open&team=" + from);
		page.waitForLoadState(LoadState.LOAD);
		admin().patch("/api/v1/tickets/" + ids.get(1), Map.of("version", 0, "impact", "HIGH"));

		page.getByLabel("Select all on this page").check();
		assertThat(page.locator("#bulk-count")).hasText("3 tickets selected");
		page.getByText("Change selected tickets").click();
		page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)).nth(1).selectOption(String.valueOf(to));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply to selected")).click();

		assertThat(page.locator("#bulk-summary")).containsText("Changed 2 of 3 tickets");
		assertThat(page.locator("#bulk-summary .refused"))
			.hasText(Pattern.compile("TD-" + ids.get(1) + ": changed by someone else since the queue was loaded"));
		assertThat(page.locator("#queue-results h2")).containsText("1 ticket");
		assertAccessible(page);
		screenshot(page, "desk-bulk-summary");
		assertFitsAPhone(page, "/tmp/desk-bulk-390.png");
		assertThat(admin().get("/api/v1/tickets/" + ids.get(0)).json().get("team").get("id").asLong()).isEqualTo(to);
	}

	@Test
	void anAgentOfTheTeamAssignsTheTicketToThemselvesAndThePickerListsTheTeamFirst() {
		Person agent = newPerson("AGENT", "Tom Taker");
		Person vendorContact = newPerson("AGENT", unique("Vic Vendor"));
		long team = newTeam("Take", 1, agent.id());
		newTeam("Vendor", 4, vendorContact.id());
		long id = ticketIn(team, "Projector dead");
		signIn(page, agent.email(), PASSWORD);
		page.navigate("/tickets/" + id);

		assertThat(page.locator("#assigneeId optgroup").first()).hasAttribute("label", Pattern.compile("^In Take"));
		assertThat(page.locator("#assigneeId optgroup").first()).containsText(agent.name());
		assertThat(page.locator("#assigneeId")).not().containsText(vendorContact.name());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign to me")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is assigned to you");
		assertThat(page.locator(".ticket-header")).containsText(agent.name());
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign to me"))).hasCount(0);
		assertAccessible(page);
	}

	@Test
	void shortcutsShowTheirHelpAndWalkTheQueueTheAgentCameFrom() {
		Person agent = newPerson("AGENT", "Kim Keys");
		long team = newTeam("Keys", 1, agent.id());
		ticketIn(team, "Keys one");
		ticketIn(team, "Keys two");
		signIn(page, agent.email(), PASSWORD);
		page.navigate("/desk?queue=open&team=" + team);
		List<String> order = page.locator("#queue-results tr[data-ticket]")
			.all()
			.stream()
			.map(row -> row.getAttribute("data-ticket"))
			.toList();
		page.locator("tr[data-ticket='" + order.get(0) + "'] a").click();
		page.waitForLoadState(LoadState.LOAD);

		page.keyboard().press("?");
		var help = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keyboard shortcuts"));
		assertThat(help).isVisible();
		assertThat(help).containsText("Next ticket in the queue you came from");
		assertAccessible(page);
		screenshot(page, "ticket-shortcuts");
		page.keyboard().press("Escape");
		assertThat(help).isHidden();

		page.keyboard().press("r");
		page.keyboard().type("j");
		assertThat(page).hasURL(Pattern.compile(".*/tickets/" + order.get(0) + "$"));
		page.locator("#body").fill("");
		page.locator("#body").blur();
		page.keyboard().press("j");
		assertThat(page).hasURL(Pattern.compile(".*/tickets/" + order.get(1) + "$"));
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous ticket"))).isVisible();
		page.keyboard().press("k");
		assertThat(page).hasURL(Pattern.compile(".*/tickets/" + order.get(0) + "$"));
		page.waitForLoadState(LoadState.LOAD);
		assertFitsAPhone(page, "/tmp/ticket-queue-nav-390.png");
	}

	/**
	 * The bulk bar and the queue links leave a 390 px screen without sideways scrolling.
	 */
	private static void assertFitsAPhone(Page on, String shot) {
		on.setViewportSize(390, 844);
		on.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get(shot)).setFullPage(true));
		assertThat(on.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
	}

	@Test
	void theHeadingNamesTheStatusFilteredAndCountsReadInWords() {
		Person agent = newPerson("AGENT", "Hal Heading");
		signIn(page, agent.email(), PASSWORD);

		page.navigate("/desk?queue=open&status=CLOSED");

		assertThat(page.locator("#results-heading")).containsText("Closed: ");
		assertThat(page.locator("#results-heading")).not().containsText("All open");
		assertThat(page.locator("#queue-tabs a").first()).hasText(Pattern.compile("Mine\\s*0 tickets"));
	}

	private long newTeam(String name, int tier, long member) {
		long team = admin().post("/api/v1/teams", Map.of("name", unique(name), "model", "TIERED", "tier", tier))
			.json()
			.get("id")
			.asLong();
		assertThat(admin().put("/api/v1/teams/" + team + "/members/" + member, Map.of()).status()).isLessThan(300);
		return team;
	}

	private long ticketIn(long team, String subject) {
		return admin().post("/api/v1/tickets", Map.of("subject", unique(subject), "teamId", team))
			.json()
			.get("id")
			.asLong();
	}

}
