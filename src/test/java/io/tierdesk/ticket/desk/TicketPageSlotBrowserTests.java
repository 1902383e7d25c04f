package io.tierdesk.ticket.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import io.tierdesk.BrowserTestSupport;
import io.tierdesk.downstream.DownstreamPageParts;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * Other modules add their part to the ticket page and the queue through the slots the
 * ticket views offer, without the ticket module knowing them.
 */
@Import(DownstreamPageParts.class)
class TicketPageSlotBrowserTests extends BrowserTestSupport {

	@Test
	void ticketPageLoadsAnotherModulesPartIntoItsSlot() {
		Person agent = newPerson("AGENT", "Sally Slot");
		long id = admin().post("/api/v1/tickets", Map.of("subject", unique("Slot"))).json().get("id").asLong();

		signIn(page, agent.email(), PASSWORD);
		page.navigate("/tickets/" + id);

		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Downstream clock")))
			.containsText("Clock of TD-" + id + " for staff");
		assertAccessible(page);
	}

	@Test
	void queueShowsAnotherModulesColumn() {
		Person agent = newPerson("AGENT", "Quentin Queue");
		admin().post("/api/v1/tickets", Map.of("subject", unique("Column")));

		signIn(page, agent.email(), PASSWORD);
		page.navigate("/desk?queue=open");

		assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Downstream due")))
			.isVisible();
		String first = page.locator("tbody tr").first().locator("td").first().textContent();
		assertThat(page.locator("tbody tr").first()).containsText("due " + first);
	}

}
