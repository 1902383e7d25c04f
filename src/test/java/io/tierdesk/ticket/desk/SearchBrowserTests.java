package io.tierdesk.ticket.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** The search box in the desk's header, as an agent uses it. */
class SearchBrowserTests extends BrowserTestSupport {

	@Test
	void aTicketNumberOpensThatTicket() {
		Person agent = newPerson("AGENT", "Nora Number");
		long ticketId = admin().post("/api/v1/tickets", Map.of("subject", unique("Badge reader dead")))
			.json()
			.get("id")
			.asLong();
		signIn(page, agent.email(), PASSWORD);

		search("TD-" + ticketId);

		assertThat(page).hasURL(Pattern.compile(".*/tickets/" + ticketId + "$"));
		assertThat(page.locator(".ticket-header")).isVisible();
	}

	@Test
	void wordsListTheTicketsWithTheWordsMarkedAndFiltersNarrowThem() {
		Person agent = newPerson("AGENT", "Walt Words");
		String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String subject = "Scanner " + word + " <b>jams</b>";
		admin().post("/api/v1/tickets",
				Map.of("subject", subject, "description", "Paper stuck in " + word + " tray", "impact", "HIGH"));
		long other = admin()
			.post("/api/v1/tickets", Map.of("subject", unique("Toner low"), "description", "On the " + word + " floor"))
			.json()
			.get("id")
			.asLong();
		signIn(page, agent.email(), PASSWORD);

		search(word + " '; -- || && :*");

		assertThat(page.locator("#results-heading")).containsText("2 tickets");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject))).isVisible();
		assertThat(page.locator("#queue-results tbody mark").first()).hasText(word);
		assertThat(page.locator(".excerpt mark").first()).hasText(word);
		assertThat(page.locator("#queue-results tbody b")).hasCount(0);
		assertThat(page.getByLabel("Search tickets")).hasValue(word + " '; -- || && :*");
		assertAccessible(page);

		page.getByLabel("Priority").selectOption("P3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();

		assertThat(page.locator("#results-heading")).containsText("1 ticket");
		assertThat(page.locator("#queue-results tbody")).containsText("TD-" + other);
	}

	@Test
	void aPastedTextOfAnyKindAnswersAPage() {
		Person agent = newPerson("AGENT", "Pat Paste");
		signIn(page, agent.email(), PASSWORD);

		search("<script>alert(1)</script> \" ' -- || && :* ".repeat(200));

		assertThat(page.locator("#results-heading")).containsText("Search");
		// Other tests' tickets may hold these words (the hostile-forms test posts
		// markup): found or not, the answer
		// is a page of results, and no pasted markup became an element.
		assertThat(page.locator("#queue-results")).containsText(Pattern.compile("Nothing here\\.|\\d+ tickets?"));
		assertThat(page.locator("#queue-results script")).hasCount(0);
		assertAccessible(page);
	}

	private void search(String text) {
		page.getByLabel("Search tickets").fill(text);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
	}

}
