package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The requester's side of a resolution (issue 10): they read the agent's resolution
 * unless it was marked internal, confirm it (the ticket closes) or reopen it, and follow
 * up a closed ticket with a new one linked to it.
 */
class ResolutionIntegrationTests extends ApiTestSupport {

	@Test
	void theRequesterReadsThePublicResolutionAndConfirmingItClosesTheTicket() {
		User rita = newRequester();
		long ticket = resolved(rita, "Replaced the toner cartridge", false);

		JsonNode view = rita.api().get("/api/v1/tickets/" + ticket).json();
		var closed = rita.api().post("/api/v1/tickets/" + ticket + "/close", Map.of());

		assertThat(view.get("resolution").asString()).isEqualTo("Replaced the toner cartridge");
		assertThat(closed.status()).as("%s", closed).isEqualTo(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().get("resolution").asString()).isEqualTo("Replaced the toner cartridge");
		assertThat(rita.api().get("/api/v1/tickets/" + ticket + "/timeline").text())
			.contains("the requester confirmed it is solved");
	}

	@Test
	void anInternalReasonIsForTheDeskOnly() {
		User rita = newRequester();
		long ticket = resolved(rita, "Known bug in firmware 2.1, vendor case 4471", true);

		JsonNode view = rita.api().get("/api/v1/tickets/" + ticket).json();

		assertThat(view.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(view.get("resolution").isNull()).isTrue();
		assertThat(rita.api().get("/api/v1/tickets/" + ticket + "/timeline").text()).contains("Status Resolved")
			.doesNotContain("vendor case 4471");
		assertThat(admin().get("/api/v1/tickets/" + ticket + "/timeline").text()).contains("vendor case 4471");
	}

	@Test
	void reopeningWithAReasonClearsTheResolution() {
		User rita = newRequester();
		long ticket = resolved(rita, "Restarted the print spooler", false);

		var reopened = rita.api().post("/api/v1/tickets/" + ticket + "/reopen", Map.of("reason", "jams again"));

		assertThat(reopened.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(reopened.json().get("resolution").isNull()).isTrue();
		assertThat(rita.api().get("/api/v1/tickets/" + ticket + "/timeline").text()).contains("Reopened")
			.contains("jams again");
	}

	@Test
	void onlyAResolvedTicketClosesAndOnlyForItsRequesterOrStaff() {
		User rita = newRequester();
		long open = openTicket(rita, "Mouse broken").get("id").asLong();
		long ticket = resolved(rita, "New mouse on your desk", false);

		assertThat(rita.api().post("/api/v1/tickets/" + open + "/close", Map.of()).status()).isEqualTo(409);
		assertThat(newRequester().api().post("/api/v1/tickets/" + ticket + "/close", Map.of()).status()).isEqualTo(404);
		assertThat(anonymous().post("/api/v1/tickets/" + ticket + "/close", Map.of()).status()).isEqualTo(401);
		assertThat(newAgent().api().post("/api/v1/tickets/" + ticket + "/close", Map.of()).status()).isEqualTo(200);
	}

	@Test
	void aColleagueWhoMayReadASharedTicketMayNotCloseIt() {
		long org = newOrganisation(true);
		User rita = joined(newRequester(), org);
		User colleague = joined(newRequester(), org);
		long ticket = resolved(rita, "Cleaned the drum", false);

		assertThat(colleague.api().get("/api/v1/tickets/" + ticket).status()).isEqualTo(200);
		assertThat(colleague.api().post("/api/v1/tickets/" + ticket + "/close", Map.of()).status()).isEqualTo(403);
	}

	@Test
	void aFollowUpOfAClosedTicketIsLinkedFromBoth() {
		User rita = newSignedUpUser("REQUESTER");
		long earlier = resolved(rita, "Reset the password", false);
		rita.api().post("/api/v1/tickets/" + earlier + "/close", Map.of());

		var followUp = rita.api().post("/api/v1/tickets", Map.of("subject", "Locked out again", "followUpOf", earlier));

		assertThat(followUp.status()).as("%s", followUp).isEqualTo(201);
		long later = followUp.json().get("id").asLong();
		assertThat(followUp.json().get("followUpOf").asLong()).isEqualTo(earlier);
		PageSession browser = browserOf(rita);
		assertThat(browser.get("/tickets/" + earlier).html()).contains("Followed up by")
			.contains("href=\"/tickets/" + later + "\"");
		assertThat(browser.get("/tickets/" + later).html()).contains("Follows up")
			.contains("href=\"/tickets/" + earlier + "\"");
	}

	@Test
	void onlyAClosedTicketTheCallerMaySeeGetsAFollowUp() {
		User rita = newRequester();
		long open = openTicket(rita, "Keyboard sticky").get("id").asLong();
		long someoneElses = openTicket(newRequester(), "Not hers").get("id").asLong();

		var ofOpen = rita.api().post("/api/v1/tickets", Map.of("subject", "Again", "followUpOf", open));
		var ofOther = rita.api().post("/api/v1/tickets", Map.of("subject", "Again", "followUpOf", someoneElses));

		assertThat(ofOpen.status()).isEqualTo(400);
		assertThat(ofOpen.text()).contains("followUpOf").contains("only a closed ticket");
		assertThat(ofOther.status()).isEqualTo(400);
		assertThat(ofOther.text()).contains("no ticket");
	}

	@Test
	void theRequesterConfirmsOnTheTicketPage() {
		User rita = newSignedUpUser("REQUESTER");
		long ticket = resolved(rita, "Swapped the network cable", false);
		PageSession browser = browserOf(rita);
		String page = browser.get("/tickets/" + ticket).html();

		var confirmed = browser.post("/tickets/" + ticket + "/solved", Map.of());

		assertThat(page).contains("Swapped the network cable").contains("Yes, it's solved").contains("No, reopen it");
		assertThat(confirmed.location()).endsWith("/tickets/" + ticket);
		assertThat(rita.api().get("/api/v1/tickets/" + ticket).json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(browser.get("/tickets/" + ticket).html()).contains("Open a follow-up")
			.contains("/portal/tickets/new?followUpOf=" + ticket);
	}

	/** A ticket of this requester that an agent resolved with that reason. */
	private long resolved(User requester, String reason, boolean internal) {
		JsonNode opened = openTicket(requester, "Ticket to resolve");
		var resolved = newAgent().api()
			.patch("/api/v1/tickets/" + opened.get("id").asLong(), Map.of("version", opened.get("version").asLong(),
					"status", "RESOLVED", "reason", reason, "reasonInternal", internal));
		assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
		return opened.get("id").asLong();
	}

}
