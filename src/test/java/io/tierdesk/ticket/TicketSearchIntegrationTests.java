package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import io.tierdesk.ApiClient;
import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search through the API ({@code GET /api/v1/tickets?q=}), on H2 and on PostgreSQL: the
 * words of a ticket's subject, description and conversation find it, ranked, within the
 * same access policy as every list.
 */
class TicketSearchIntegrationTests extends ApiTestSupport {

	@Test
	void wordsOfTheSubjectTheDescriptionOrAReplyFindTheTicket() {
		User requester = newRequester();
		String inSubject = word();
		String inDescription = word();
		String inReply = word();
		long ticket = open(requester, "Printer " + inSubject + " offline", "Since " + inDescription + " this morning");
		reply(requester.api(), ticket, "It shows error " + inReply, "PUBLIC");
		ApiClient agent = newAgent().api();

		for (String word : List.of(inSubject, inDescription, inReply, inSubject.toUpperCase())) {
			assertThat(ids(agent, word)).as(word).containsExactly(ticket);
			assertThat(ids(requester.api(), word)).as(word).containsExactly(ticket);
		}
		assertThat(ids(agent, inSubject + " " + inReply)).containsExactly(ticket);
		assertThat(ids(agent, inSubject + " " + word())).isEmpty();
	}

	@Test
	void anInternalNoteIsFoundByStaffOnly() {
		User requester = newRequester();
		String secret = word();
		long ticket = open(requester, "VPN drops", "Every hour");
		User agent = newAgent();
		reply(agent.api(), ticket, "Suspect the " + secret + " gateway", "INTERNAL");

		assertThat(ids(agent.api(), secret)).containsExactly(ticket);
		assertThat(ids(requester.api(), secret)).isEmpty();
		assertThat(ids(requester.api(), "vpn " + secret)).isEmpty();
	}

	@Test
	void anotherRequestersTicketIsNeverFound() {
		String shared = word();
		long theirs = open(newRequester(), "Keyboard " + shared, "Keys stick");
		User me = newRequester();
		long mine = open(me, "Mouse " + shared, "Wheel stuck");

		assertThat(ids(me.api(), shared)).containsExactly(mine);
		assertThat(ids(me.api(), "TD-" + theirs)).isEmpty();
		assertThat(ids(newAgent().api(), shared)).containsExactlyInAnyOrder(mine, theirs);
	}

	@Test
	void aSubjectMatchRanksAboveADescriptionOnlyMatch() {
		User requester = newRequester();
		String word = word();
		long inDescription = open(requester, "Screen flickers", "Started after the " + word + " update");
		long inSubject = open(requester, "The " + word + " update broke my screen", "It flickers");

		assertThat(ids(newAgent().api(), word)).containsExactly(inSubject, inDescription);
	}

	@Test
	void aTicketNumberFindsThatTicketAndSearchCombinesWithFilters() {
		User requester = newRequester();
		String word = word();
		long ticket = open(requester, "Docking station " + word, "No picture");
		ApiClient agent = newAgent().api();

		assertThat(ids(agent, "TD-" + ticket)).contains(ticket);
		assertThat(ids(agent, Long.toString(ticket))).contains(ticket);
		assertThat(ids(agent, word, "&status=NEW")).containsExactly(ticket);
		assertThat(ids(agent, word, "&status=CLOSED")).isEmpty();
		assertThat(ids(agent, word, "&sort=createdAt,desc")).containsExactly(ticket);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "\"unclosed phrase", "a & b | !c", "'; drop table ticket; --",
			"<script>alert(1)</script>", "-", "- - -", "or", "!!! :* && ||", "%", "_", "\\",
			"title:(x OR y)^2 AND NOT z~", "( ) [ ] { }", "日本語 テキスト", "ticket' OR '1'='1" })
	void anyQueryAnswersAPage(String q) {
		var response = newAgent().api().get("/api/v1/tickets?q=" + encode(q));

		assertThat(response.status()).as("%s", response).isEqualTo(200);
		assertThat(response.json().get("items").isArray()).isTrue();
	}

	@Test
	void aQueryTooLongForTheApiIsAClearMessage() {
		var response = newAgent().api().get("/api/v1/tickets?q=" + encode("word ".repeat(200)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.text()).contains("q");
	}

	@Test
	void aRequestersSqlInTheQueryNeverWidensTheirAccess() {
		open(newRequester(), "Someone else's laptop", "private");
		User me = newRequester();

		for (String q : List.of("' or 1=1 --", "laptop' or requester_id > 0 --", "laptop | private",
				"laptop or private")) {
			assertThat(ids(me.api(), q)).as(q).isEmpty();
		}
	}

	private long open(User requester, String subject, String description) {
		var response = requester.api().post("/api/v1/tickets", Map.of("subject", subject, "description", description));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static void reply(ApiClient client, long ticket, String body, String visibility) {
		var response = client.post("/api/v1/tickets/" + ticket + "/messages",
				Map.of("body", body, "visibility", visibility));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
	}

	private static List<Long> ids(ApiClient client, String q, String... more) {
		var response = client.get("/api/v1/tickets?size=200&q=" + encode(q) + String.join("", more));
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return StreamSupport.stream(response.json().get("items").spliterator(), false)
			.map(t -> t.get("id").asLong())
			.toList();
	}

	/** A word no other test's ticket has. */
	private static String word() {
		return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private static String encode(String q) {
		return URLEncoder.encode(q, StandardCharsets.UTF_8);
	}

}
