package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import org.junit.jupiter.api.Test;

/**
 * A requester whose organisation shares tickets finds their colleagues' tickets in the
 * portal, in a list of their own (issue 10), not only by URL; where it does not share,
 * there is no such list.
 */
class OrganisationTicketsIntegrationTests extends ApiTestSupport {

	@Test
	void theOrganisationListShowsColleaguesTicketsWhenTheOrganisationShares() {
		long org = newOrganisation(true);
		User rita = joined(newSignedUpUser("REQUESTER"), org);
		User colleague = joined(newSignedUpUser("REQUESTER"), org);
		long hers = openTicket(rita, "My own ticket " + UUID.randomUUID()).get("id").asLong();
		long theirs = openTicket(colleague, "Team printer " + UUID.randomUUID()).get("id").asLong();
		long outsider = openTicket(newRequester(), "Another company").get("id").asLong();
		PageSession browser = browserOf(rita);

		String mine = browser.get("/portal").html();
		PageSession.Page organisation = browser.get("/portal?list=organisation");

		assertThat(mine).contains("My organisation").contains(link(hers)).doesNotContain(link(theirs));
		assertThat(organisation.title()).startsWith("My organisation");
		assertThat(organisation.html()).contains(link(theirs))
			.contains("Test Requester")
			.doesNotContain(link(hers))
			.doesNotContain(link(outsider));
	}

	@Test
	void withoutSharingThereIsNoOrganisationList() {
		long org = newOrganisation(false);
		User rita = joined(newSignedUpUser("REQUESTER"), org);
		long colleagues = openTicket(joined(newSignedUpUser("REQUESTER"), org), "Private to them").get("id").asLong();
		PageSession browser = browserOf(rita);

		assertThat(browser.get("/portal").html()).doesNotContain("My organisation");
		assertThat(browser.get("/portal?list=organisation").html()).doesNotContain(link(colleagues))
			.contains("My tickets");
	}

	private static String link(long ticket) {
		return "href=\"/tickets/" + ticket + "\"";
	}

}
