package io.tierdesk.sla;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service level as people see it: the agent's ticket page part and the queue's Due
 * column, the requester's "We aim to…", and the admin's policy pages.
 */
class SlaBrowserTests extends BrowserTestSupport {

	long organisation;

	long calendar;

	String policy;

	final String subject = unique("Clocked");

	@BeforeEach
	void aPolicyForOneOrganisation() {
		organisation = newOrganisation(false);
		calendar = SlaFixtures.berlinOfficeHours(admin());
		policy = "Browser " + UUID.randomUUID().toString().substring(0, 8);
		var body = new java.util.HashMap<>(SlaFixtures.policy(policy, calendar));
		body.put("conditions", Map.of("organisationIds", List.of(organisation)));
		long id = admin().post("/api/v1/sla/policies", body).json().get("id").asLong();
		List<Long> ids = new ArrayList<>(List.of(id));
		admin().get("/api/v1/sla/policies").json().forEach(p -> {
			if (p.get("id").asLong() != id) {
				ids.add(p.get("id").asLong());
			}
		});
		admin().put("/api/v1/sla/policies/order", Map.of("ids", ids));
	}

	@Test
	void agentSeesTheServiceLevelOnTheTicketAndTheDueColumnInTheQueue() {
		Person requester = member(newPerson("REQUESTER", "Rosa Requester"));
		long id = ticketWithClocks(requester);
		Person agent = newPerson("AGENT", "Sam Service");

		signIn(page, agent.email(), PASSWORD);
		page.navigate("/tickets/" + id);

		var part = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Service level"));
		assertThat(part).containsText("Policy " + policy);
		assertThat(part).containsText("organisation");
		assertThat(part).containsText("calendar Berlin office");
		assertThat(part).containsText("First response");
		assertThat(part).containsText("Running: in");
		screenshot(page, "sla-ticket");
		assertAccessible(page);

		// Searched, so that other tests' tickets due sooner cannot push it off the first
		// page.
		page.navigate("/desk?queue=open&sort=due,asc&q="
				+ java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Due"))).isVisible();
		assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(subject))).containsText("in ");
		assertAccessible(page);
	}

	@Test
	void requesterReadsWhenTheDeskAimsToAnswerAndSolve() {
		Person requester = member(newPerson("REQUESTER", "Rita Reader"));
		long id = ticketWithClocks(requester);

		signIn(page, requester.email(), PASSWORD);
		page.navigate("/tickets/" + id);

		var next = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("What happens next"));
		assertThat(next).containsText("We aim to answer by");
		assertThat(next).containsText("to solve it by");
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Service level"))).hasCount(0);
		screenshot(page, "sla-requester");
		assertAccessible(page);
	}

	@Test
	void adminCreatesAPolicyAndReadsWhatIsWrongBesideTheField() {
		signInAsAdmin(page);
		page.navigate("/admin/sla/policies/new");
		String name = "Admin page " + UUID.randomUUID().toString().substring(0, 8);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("P1 first response minutes").fill("30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save policy")).click();

		assertThat(page.locator(".field-error").first()).containsText("calendar");
		assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue(name);
		assertThat(page.getByLabel("P1 first response minutes")).hasValue("30");
		assertAccessible(page);

		page.getByLabel("Calendar", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(calendar));
		page.getByLabel("P1 resolution minutes").fill("240");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save policy")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Policy " + name + " saved.");
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(name))).isVisible();
		screenshot(page, "sla-policies");
		assertAccessible(page);
	}

	private Person member(Person person) {
		admin().patch("/api/v1/users/" + person.id(), Map.of("organisationId", organisation));
		return person;
	}

	private long ticketWithClocks(Person requester) {
		var created = admin().post("/api/v1/tickets",
				Map.of("subject", subject, "description", "details", "requesterEmail", requester.email()));
		long id = created.json().get("id").asLong();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !admin().get("/api/v1/tickets/" + id).json().path("sla").isNull()
					&& !admin().get("/api/v1/tickets/" + id).json().path("sla").isMissingNode());
		return id;
	}

}
