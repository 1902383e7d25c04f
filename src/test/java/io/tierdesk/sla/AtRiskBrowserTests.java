package io.tierdesk.sla;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "At risk" as an agent reads it, in words and not by colour alone: on the ticket page's
 * service level with the estimate and its basis, and in the queue's Due column.
 */
class AtRiskBrowserTests extends BrowserTestSupport {

	AtRiskScenario desk;

	Person agent;

	@BeforeEach
	void aDeskWithAHistory() {
		long organisation = newOrganisation(false);
		Person requester = newPerson("REQUESTER", "Rhea Requester");
		admin().patch("/api/v1/users/" + requester.id(), Map.of("organisationId", organisation));
		desk = AtRiskScenario.build(admin(), clock, organisation, requester.email());
		agent = newPerson("AGENT", "Aaron Agent");
	}

	@Test
	void theTicketPageSaysAtRiskAndWhy() {
		signIn(page, agent.email(), PASSWORD);
		page.navigate("/tickets/" + desk.atRisk());

		var part = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Service level"));
		assertThat(part).containsText("⚠ At risk:");
		assertThat(part).containsText("after its resolution due");
		assertThat(part).containsText("1 ticket ahead in " + desk.team());
		assertThat(part).containsText("similar P3 tickets in " + desk.category() + " took a median 7 h");
		page.locator(".sla-risk").scrollIntoViewIfNeeded();
		screenshot(page, "sla-at-risk-ticket");
		assertAccessible(page);
	}

	@Test
	void theQueueSaysAtRiskInTheDueColumn() {
		signIn(page, agent.email(), PASSWORD);
		page.navigate("/desk?queue=open&sort=due,asc&q=" + URLEncoder.encode(desk.subject(), StandardCharsets.UTF_8));

		assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(desk.subject() + " second")))
			.containsText("⚠ At risk · in ");
		assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(desk.subject() + " first"))).not()
			.containsText("At risk");
		screenshot(page, "sla-at-risk-queue");
		assertAccessible(page);
	}

}
