package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * What a requester sees is what they need (issue 9): their own tickets with the names of
 * the people working on them, but no agent's email address, no filter by the desk's
 * internal organisation, no list of teams or of the other organisations it serves.
 */
class RequesterViewIntegrationTests extends ApiTestSupport {

	@Test
	void aRequesterSeesAgentsByNameOnlyWhereverTheyAppear() {
		User requester = newRequester();
		User agent = newAgent();
		long ticket = workedOnBy(agent, openTicket(requester, "Laptop will not boot"));

		JsonNode view = requester.api().get("/api/v1/tickets/" + ticket).json();
		JsonNode reply = requester.api().get("/api/v1/tickets/" + ticket + "/messages").json().get(0);
		JsonNode assignment = lastActedBy(agent, requester.api().get("/api/v1/tickets/" + ticket + "/timeline").json());

		assertThat(view.get("assignee").get("name").asString()).isEqualTo("Test Agent");
		assertThat(view.get("assignee").get("email").isNull()).isTrue();
		assertThat(view.get("requester").get("email").asString()).isEqualTo(requester.email());
		assertThat(reply.get("author").get("email").isNull()).isTrue();
		assertThat(assignment.get("actor").get("email").isNull()).isTrue();
		assertThat(requester.api().get("/api/v1/tickets?open=true").text()).doesNotContain(agent.email());
	}

	@Test
	void staffSeeEveryEmail() {
		User requester = newRequester();
		User agent = newAgent();
		long ticket = workedOnBy(agent, openTicket(requester, "Printer offline"));

		JsonNode view = agent.api().get("/api/v1/tickets/" + ticket).json();

		assertThat(view.get("assignee").get("email").asString()).isEqualTo(agent.email());
		assertThat(view.get("requester").get("email").asString()).isEqualTo(requester.email());
	}

	@Test
	void teamsOrganisationsAndFiltersByInternalWorkAreForStaff() {
		var requester = newRequester().api();
		long team = admin().get("/api/v1/teams").json().get(0).get("id").asLong();

		for (String path : new String[] { "/api/v1/teams", "/api/v1/teams/" + team, "/api/v1/organisations",
				"/api/v1/tickets?team=" + team, "/api/v1/tickets?assignee=me", "/api/v1/tickets?assignee=none" }) {
			var refused = requester.get(path);
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.header("Content-Type")).as(path).startsWith("application/problem+json");
		}
		assertThat(requester.get("/api/v1/tickets?status=NEW&priority=P3").status()).isEqualTo(200);
		assertThat(newAgent().api().get("/api/v1/tickets?assignee=me&team=" + team).status()).isEqualTo(200);
		assertThat(newAgent().api().get("/api/v1/organisations").status()).isEqualTo(200);
	}

	/** The agent joins a team, takes the ticket in it and answers. */
	private long workedOnBy(User agent, JsonNode ticket) {
		long id = ticket.get("id").asLong();
		long team = admin()
			.post("/api/v1/teams", Map.of("name", "Team " + id + " " + agent.id(), "model", "TIERED", "tier", 1))
			.json()
			.get("id")
			.asLong();
		assertThat(admin().put("/api/v1/teams/" + team + "/members/" + agent.id(), Map.of()).status()).isEqualTo(200);
		var assigned = agent.api()
			.patch("/api/v1/tickets/" + id,
					Map.of("version", ticket.get("version").asLong(), "teamId", team, "assigneeId", agent.id()));
		assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
		assertThat(agent.api()
			.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "Looking at it now", "visibility", "PUBLIC"))
			.status()).isEqualTo(201);
		return id;
	}

	private static JsonNode lastActedBy(User agent, JsonNode timeline) {
		JsonNode last = null;
		for (JsonNode item : timeline) {
			if (item.path("actor").path("id").asLong() == agent.id()) {
				last = item;
			}
		}
		assertThat(last).as("the agent acted on the timeline").isNotNull();
		return last;
	}

}
