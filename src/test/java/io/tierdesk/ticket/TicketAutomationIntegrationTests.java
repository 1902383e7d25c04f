package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.domain.IllegalTransition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The system's door to tickets: modules act under their own name, keep every rule a
 * person keeps, and an SLA snapshot does not bump the version agents edit against.
 */
class TicketAutomationIntegrationTests extends ApiTestSupport {

	static final SystemActor SLA = new SystemActor("SLA");

	@Autowired
	TicketAutomation automation;

	@Test
	void timelineShowsASystemChangeByTheSystemsName() {
		User agent = newAgent();
		long id = openTicket(newRequester(), "VPN down").get("id").asLong();

		automation.reprioritise(id, Priority.P1, "resolution target breached", SLA);

		JsonNode last = lastTimelineItem(agent, id);
		assertThat(last.get("text").asString()).isEqualTo("Priority P3 → P1 by SLA: resolution target breached");
		assertThat(last.get("by").asString()).isEqualTo("SLA");
		assertThat(last.get("actor").isNull()).isTrue();
		assertThat(agent.api().get("/api/v1/tickets/" + id).json().get("priorityReason").asString())
			.isEqualTo("Priority P1: resolution target breached");
	}

	@Test
	void slaSnapshotShowsOnTheTicketWithoutBumpingItsVersion() {
		User agent = newAgent();
		long id = openTicket(newRequester(), "Laptop broken").get("id").asLong();
		awaitEventsDelivered(); // a policy of another test's may have started its clocks
		Instant due = clock.instant().plusSeconds(4 * 3600);

		automation.recordSla(id,
				new SlaSnapshot("Standard", clock.instant().plusSeconds(900), due, false, false, false));
		automation.recordSla(id, new SlaSnapshot("Standard", clock.instant().plusSeconds(900), due, true, true, false));

		JsonNode ticket = agent.api().get("/api/v1/tickets/" + id).json();
		assertThat(ticket.get("version").asLong()).isZero();
		assertThat(ticket.get("sla").get("policy").asString()).isEqualTo("Standard");
		assertThat(Instant.parse(ticket.get("sla").get("resolutionDueAt").asString())).isEqualTo(due);
		assertThat(ticket.get("sla").get("paused").asBoolean()).isTrue();
		assertThat(ticket.get("sla").get("firstResponseBreached").asBoolean()).isTrue();
		var edit = agent.api().patch("/api/v1/tickets/" + id, Map.of("version", 0, "impact", "HIGH"));
		assertThat(edit.status()).as("an agent's edit does not conflict with the clock").isEqualTo(200);
	}

	@Test
	void readsATicketWithoutACaller() {
		long id = openTicket(newRequester(), "Monitor flickers").get("id").asLong();

		assertThat(automation.find(id)).hasValueSatisfying(t -> assertThat(t.subject()).isEqualTo("Monitor flickers"));
		assertThat(automation.find(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void refusesAnIllegalLifecycleMoveAsForAPerson() {
		long id = openTicket(newRequester(), "Printer").get("id").asLong();

		assertThatThrownBy(() -> automation.changeStatus(id, Status.CLOSED, "tidy up", SLA))
			.isInstanceOf(IllegalTransition.class);
	}

	@Test
	void refusesATeamThatDoesNotExist() {
		long id = openTicket(newRequester(), "Printer").get("id").asLong();

		assertThatThrownBy(() -> automation.route(id, 999_999L, "rule 1", SLA))
			.isInstanceOfSatisfying(Problem.InvalidInput.class, p -> assertThat(p.getMessage()).contains("teamId"));
	}

	@Test
	void refusesAnAgentWhoIsNotInTheTicketsTeam() {
		User member = newAgent();
		User outsider = newAgent();
		long team = admin().post("/api/v1/teams", Map.of("name", "Automation " + member.id(), "model", "SWARM"))
			.json()
			.get("id")
			.asLong();
		admin().put("/api/v1/teams/" + team + "/members/" + member.id(), Map.of());
		long id = openTicket(newRequester(), "Server down").get("id").asLong();
		automation.route(id, team, "major incident", SLA);

		assertThatThrownBy(() -> automation.assign(id, outsider.id(), "least open work", SLA))
			.isInstanceOfSatisfying(Problem.InvalidInput.class, p -> assertThat(p.getMessage()).contains("assigneeId"));
		assertThat(automation.assign(id, member.id(), "least open work", SLA).assignee().id()).isEqualTo(member.id());
	}

	@Test
	void refusesAMessageForSomeoneWhoCannotSeeTheTicket() {
		long id = openTicket(newRequester(), "Private").get("id").asLong();
		User stranger = newRequester();

		assertThatThrownBy(() -> automation.addMessage(id, stranger.id(), "me too", Visibility.PUBLIC, List.of(),
				new SystemActor("Email")))
			.isInstanceOf(Problem.NotFound.class);
	}

	@Test
	void refusesAnInternalNoteInARequestersName() {
		User requester = newRequester();
		long id = openTicket(requester, "Mine").get("id").asLong();

		assertThatThrownBy(() -> automation.addMessage(id, requester.id(), "psst", Visibility.INTERNAL, List.of(),
				new SystemActor("Email")))
			.isInstanceOf(Problem.Forbidden.class);
	}

	@Test
	void aMailReplyIsTheRequestersOwnAndSaysItCameByEmail() {
		User requester = newRequester();
		long id = openTicket(requester, "Mine").get("id").asLong();

		automation.addMessage(id, requester.id(), "Thanks, works now", Visibility.PUBLIC, List.of(),
				new SystemActor("Email"));

		JsonNode last = lastTimelineItem(requester, id);
		assertThat(last.get("text").asString()).isEqualTo("Reply from Test Requester via Email");
		assertThat(last.get("actor").get("id").asLong()).isEqualTo(requester.id());
		assertThat(last.get("message").get("body").asString()).isEqualTo("Thanks, works now");
	}

	private static JsonNode lastTimelineItem(User user, long ticketId) {
		List<JsonNode> items = user.api()
			.get("/api/v1/tickets/" + ticketId + "/timeline")
			.json()
			.valueStream()
			.toList();
		return items.get(items.size() - 1);
	}

}
