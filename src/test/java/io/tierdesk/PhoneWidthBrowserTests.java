package io.tierdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The pages on a phone (390 × 844) and the desk on a laptop (1280 × 800): every page of
 * every role fits the phone's width without sideways scrolling, even with long email
 * addresses, words and links; the desk's filters and the header's menu fold behind one
 * button there; and on the laptop the first ticket of a filtered queue shows without
 * scrolling. Each page is also checked with axe at its width.
 */
class PhoneWidthBrowserTests extends BrowserTestSupport {

	/**
	 * A word no line can hold at 390 px, as people paste them (hashes, paths, tokens).
	 */
	private static final String LONG_WORD = "Unbreakable" + "x".repeat(90);

	private static final String LONG_URL = "https://intranet.example.org/" + "very-long-path-segment/".repeat(8)
			+ "?query=" + "q".repeat(60);

	@Test
	void everyPageOfEveryRoleFitsAPhoneWithoutSidewaysScrolling() {
		long organisation = newOrganisation(true);
		// Its tickets carry a service level, whose table sits on the ticket page.
		io.tierdesk.sla.SlaFixtures.policyForOrganisation(admin(), organisation);
		Person requester = personWithLongEmail("REQUESTER");
		admin().patch("/api/v1/users/" + requester.id(), Map.of("organisationId", organisation));
		long ticket = admin()
			.post("/api/v1/tickets", Map.of("subject", "Printer " + LONG_WORD, "description",
					"See " + LONG_URL + " and " + LONG_WORD, "requesterEmail", requester.email()))
			.json()
			.get("id")
			.asLong();
		admin().post("/api/v1/tickets/" + ticket + "/messages",
				Map.of("body", "Reply with " + LONG_URL, "visibility", "PUBLIC"));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> admin().get("/api/v1/tickets/" + ticket).json().path("sla").isObject());

		fits(requester, "/portal", "/portal?list=organisation", "/portal/tickets/new", "/tickets/" + ticket,
				"/account");
		fits(personWithLongEmail("AGENT"), "/desk?queue=open", "/desk?queue=open&status=NEW&type=INCIDENT",
				"/desk?q=" + LONG_WORD, "/desk?q=TD-" + ticket, "/desk/calls/new", "/tickets/" + ticket, "/account",
				"/tickets/999999999");
		fits(personWithLongEmail("MANAGER"), "/desk?queue=teams", "/tickets/" + ticket, "/sla");
		fits(personWithLongEmail("SECURITY_ANALYST"), "/audit", "/account");
		Person admin = personWithLongEmail("ADMIN");
		fits(admin, "/admin/users", "/admin/users/" + requester.id(), "/admin/teams", "/admin/categories",
				"/admin/organisations", "/admin/priority-matrix", "/admin/banner", "/audit", "/desk?queue=open");
	}

	@Test
	void onAPhoneTheDesksFiltersAndTheMenuFoldBehindOneButtonEach() {
		Person agent = newPerson("AGENT", "Pia Phone");
		Page phone = phone(agent);

		phone.navigate("/desk?queue=open&status=NEW&priority=P3");

		var filters = phone.locator("#filters-summary");
		assertThat(filters).hasText("Filters (2 active)");
		assertThat(phone.getByLabel("Status").first()).isHidden();
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a call"))).isHidden();
		assertAccessible(phone);

		filters.click();
		assertThat(phone.getByLabel("Status").first()).isVisible();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a call"))).isVisible();
		assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")))
			.hasAttribute("aria-expanded", "true");
		assertThat(scrollsSideways(phone)).isFalse();
		assertAccessible(phone);
	}

	@Test
	void onALaptopTheFirstTicketOfAFilteredQueueShowsWithoutScrollingAndTheBulkBarWaitsForASelection() {
		Person agent = newPerson("AGENT", "Lou Laptop");
		for (int i = 0; i < 3; i++) {
			admin().post("/api/v1/tickets", Map.of("subject", unique("Laptop fold"), "type", "INCIDENT"));
		}
		signIn(page, agent.email(), PASSWORD);

		page.navigate("/desk?queue=open&status=NEW&type=INCIDENT");

		assertThat(page.locator("#filters-summary")).hasText("Filters (2 active)");
		assertThat(page.getByLabel("Status").first()).isVisible();
		var firstRow = page.locator("#queue-results tbody tr").first();
		assertThat(firstRow).isInViewport();
		assertThat(firstRow.boundingBox().y + firstRow.boundingBox().height).isLessThanOrEqualTo(800);
		assertThat(page.locator("#bulk-change")).isHidden();
		assertAccessible(page);

		firstRow.locator("input.select-row").check();
		assertThat(page.locator("#bulk-count")).hasText("1 ticket selected");
		assertThat(page.locator("#bulk-change")).isInViewport();
		assertThat(firstRow).isInViewport();
		page.locator("#bulk-change > summary").click();
		assertThat(page.getByLabel("Urgency")).isInViewport();
		assertAccessible(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/desk-bulk-bar-1280.png")));
		page.setViewportSize(390, 844);
		assertThat(page.getByLabel("Urgency")).isInViewport();
		assertThat(scrollsSideways(page)).isFalse();
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/desk-bulk-bar-390.png")));
	}

	/** Signs the person in on a phone-sized page and checks each path fits it. */
	private void fits(Person person, String... paths) {
		Page phone = phone(person);
		for (String path : List.of(paths)) {
			phone.navigate(path);
			assertThat(scrollsSideways(phone)).as("%s scrolls sideways for a %s", path, person.name()).isFalse();
			assertAccessible(phone);
		}
	}

	private Page phone(Person person) {
		Page phone = newPage();
		phone.setViewportSize(390, 844);
		signIn(phone, person.email(), PASSWORD);
		assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))).isVisible();
		return phone;
	}

	private static boolean scrollsSideways(Page on) {
		return (Boolean) on.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
	}

	/** A person whose email and name are longer than a phone's line. */
	private Person personWithLongEmail(String role) {
		String email = role.toLowerCase(java.util.Locale.ROOT) + "-mailbox-" + UUID.randomUUID()
				+ "@a-rather-long-department-name.subsidiary.example.org";
		String name = "Maximiliane " + LONG_WORD.substring(0, 40) + " " + io.tierdesk.platform.Words.of(role);
		var created = admin().post("/api/v1/users",
				Map.of("email", email, "name", name, "role", role, "password", PASSWORD));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return new Person(created.json().get("id").asLong(), email, name);
	}

}
