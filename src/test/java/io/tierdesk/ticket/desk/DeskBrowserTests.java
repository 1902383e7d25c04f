package io.tierdesk.ticket.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

class DeskBrowserTests extends BrowserTestSupport {

	@Test
	void agentLogsAPhoneCallForARequesterFoundByName() {
		Person agent = newPerson("AGENT", "Carl Concierge");
		Person caller = newPerson("REQUESTER", unique("Phoebe Phoner"));
		String subject = unique("Monitor flickers");

		signIn(page, agent.email(), PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a call")).click();
		page.getByLabel("Find the requester by name or email").fill(caller.name());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
		page.getByLabel(caller.name() + " (" + caller.email() + ")").check();
		page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("What is wrong?").fill(subject);
		page.getByLabel("Notes from the call").fill("Flickers when the laptop is docked.");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ticket")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Phone ticket");
		assertThat(page.locator(".ticket-header")).containsText(caller.email());
		assertThat(page.locator(".ticket-header")).containsText("Phone");
		assertAccessible(page);
	}

	@Test
	void agentLogsAWalkInForSomeoneNewByEmail() {
		Person agent = newPerson("AGENT", "Wanda Walkup");
		String email = "newcomer-" + java.util.UUID.randomUUID() + "@example.org";

		signIn(page, agent.email(), PASSWORD);
		page.navigate("/desk/calls/new");
		page.getByLabel("Or a new requester's email").fill(email);
		page.getByLabel("Their name").fill("Nina Newcomer");
		page.getByLabel("Walk-in").check();
		page.getByLabel("What is wrong?").fill(unique("Badge does not open the door"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ticket")).click();

		assertThat(page.locator(".ticket-header")).containsText("Nina Newcomer (" + email + ")");
		assertThat(page.locator(".ticket-header")).containsText("Walk-in");
	}

	@Test
	void staleEditSaysSomeoneElseChangedItAndKeepsWhatTheAgentChose() {
		Person agent = newPerson("AGENT", "Sam Stale");
		long ticketId = admin().post("/api/v1/tickets", Map.of("subject", unique("Laptop slow")))
			.json()
			.get("id")
			.asLong();
		signIn(page, agent.email(), PASSWORD);
		page.navigate("/tickets/" + ticketId);
		page.getByLabel("Urgency").selectOption("HIGH");
		page.getByLabel("Reason").fill("Board meeting at noon");
		var other = admin().patch("/api/v1/tickets/" + ticketId,
				Map.of("version", version(ticketId), "impact", "HIGH"));
		assertThat(other.status()).isEqualTo(200);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

		assertThat(page.locator("#stale")).containsText("changed by someone else");
		assertThat(page.getByLabel("Urgency")).hasValue("HIGH");
		assertThat(page.getByLabel("Reason")).hasValue("Board meeting at noon");
		assertThat(page.getByLabel("Impact")).hasValue("MEDIUM");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("saved");
		assertThat(admin().get("/api/v1/tickets/" + ticketId).json().get("urgency").asString()).isEqualTo("HIGH");
	}

	@Test
	void filteringTheQueueRefreshesTheResults() {
		Person agent = newPerson("AGENT", "Fay Filter");
		String subject = unique("Email bounces");
		admin().post("/api/v1/tickets",
				Map.of("subject", subject, "impact", "HIGH", "urgency", "HIGH", "type", "SERVICE_REQUEST"));
		signIn(page, agent.email(), PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("All open"))).click();
		// htmx (a deferred script) listens from the load event on; a change made before
		// it would be a plain form's, which waits for its button.
		page.waitForLoadState(LoadState.LOAD);

		page.getByLabel("Priority").selectOption("P1");
		page.getByLabel("Type").selectOption("SERVICE_REQUEST");

		assertThat(page).hasURL(Pattern.compile(".*type=SERVICE_REQUEST.*"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject))).isVisible();
		assertThat(page.locator("#queue-results tbody")).not().containsText("Incident");
		assertAccessible(page);
	}

	@Test
	void deskAndTicketFitAPhoneScreenWithoutSidewaysScrolling() {
		Person agent = newPerson("AGENT", "Pia Phone");
		long ticketId = admin().post("/api/v1/tickets", Map.of("subject", unique("Phone-sized")))
			.json()
			.get("id")
			.asLong();
		page.setViewportSize(390, 844);
		signIn(page, agent.email(), PASSWORD);

		for (String path : new String[] { "/desk?queue=open", "/tickets/" + ticketId, "/desk/calls/new" }) {
			page.navigate(path);
			assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling on %s", path)
				.isEqualTo(true);
			assertAccessible(page);
		}
	}

	private long version(long ticketId) {
		return admin().get("/api/v1/tickets/" + ticketId).json().get("version").asLong();
	}

}
