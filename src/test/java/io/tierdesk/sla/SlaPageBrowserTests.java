package io.tierdesk.sla;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The managers' SLA page: a ticket breached and one due soon, each a link to its ticket,
 * and this month's compliance against a contract of the test's own organisation.
 */
class SlaPageBrowserTests extends BrowserTestSupport {

	@Test
	void aManagerSeesWhatIsBreachedWhatIsDueAndTheCreditOwedSoFar() {
		clock.set(clock.instant()
			.plus(Duration.ofDays(7))
			.atZone(ZoneOffset.UTC)
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
			.withHour(9)
			.truncatedTo(ChronoUnit.HOURS)
			.toInstant());
		long organisation = newOrganisation(false);
		SlaFixtures.policyForOrganisation(admin(), organisation);
		Person requester = newPerson("REQUESTER", "Rosa Requester");
		admin().patch("/api/v1/users/" + requester.id(), Map.of("organisationId", organisation));
		String contract = unique("Acme support");
		admin().post("/api/v1/sla/contracts",
				Map.of("name", contract, "organisationId", organisation, "targetPercent", 95, "priorities",
						List.of("P3"), "targets", List.of("FIRST_RESPONSE"), "remedy", "FEE_PERCENT_PER_POINT",
						"feePercentPerPoint", 2, "capPercent", 20, "currency", "EUR", "monthlyFee", 12000));
		String late = unique("Nobody answered");
		long breached = ticketWithClocks(requester, late);
		clock.advance(Duration.ofMinutes(90));
		String soon = unique("Answer me soon");
		long due = ticketWithClocks(requester, soon);

		signIn(page, newPerson("MANAGER", "Mia Manager").email(), PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Service levels")).click();

		var breaches = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Breached now"));
		assertThat(breaches.getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName(late)))
			.hasAttribute("href", "/tickets/" + breached);
		assertThat(breaches.locator("li", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(late)))
			.containsText("First response was due 30 min ago");
		var dueSoon = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Due in the next 8 hours"));
		assertThat(
				dueSoon.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(soon)))
			.hasAttribute("href", "/tickets/" + due);
		var contracts = page.locator(".sla-contract", new Page.LocatorOptions().setHasText(contract));
		assertThat(contracts).containsText("First response of P3 tickets");
		assertThat(contracts).containsText("0 % met in time");
		assertThat(contracts).containsText("2,400.00 EUR");
		assertAccessible(page);

		page.setViewportSize(390, 844);
		org.assertj.core.api.Assertions
			.assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"))
			.as("the SLA page scrolls sideways on a phone")
			.isFalse();
		page.setViewportSize(1280, 800);
		contracts.scrollIntoViewIfNeeded();
		page.evaluate("() => window.scrollTo(0, 0)");
		screenshot(page, "sla-page");
	}

	private long ticketWithClocks(Person requester, String subject) {
		long id = admin()
			.post("/api/v1/tickets",
					Map.of("subject", subject, "description", "details", "requesterEmail", requester.email()))
			.json()
			.get("id")
			.asLong();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> admin().get("/api/v1/tickets/" + id).json().path("sla").isObject());
		return id;
	}

}
