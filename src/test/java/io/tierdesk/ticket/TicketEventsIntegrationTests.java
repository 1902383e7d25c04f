package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.downstream.DownstreamListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * What a later module (SLA, routing, email, insight) sees: each of the ticket's events,
 * delivered after commit to a listener in another module, exactly once, saying what
 * changed from what to what, who did it and why.
 */
@Import(DownstreamListener.class)
class TicketEventsIntegrationTests extends ApiTestSupport {

	static final SystemActor ROUTING = new SystemActor("Routing");

	@Autowired
	DownstreamListener listener;

	@Autowired
	TicketAutomation automation;

	@Test
	void ticketCreatedCarriesWhatRoutingAndSlaRulesNeed() {
		User agent = newAgent();
		long team = teamWith("Events tier 2 " + agent.id(), agent);
		long category = category("Events " + agent.id());
		User requester = newRequester();

		long id = agent.api()
			.post("/api/v1/tickets",
					Map.of("subject", "Phone call", "type", "SERVICE_REQUEST", "channel", "PHONE", "impact", "HIGH",
							"urgency", "LOW", "category", "Events " + agent.id(), "requesterEmail", requester.email(),
							"teamId", team))
			.json()
			.get("id")
			.asLong();

		receivedOnce(new TicketCreated(id, TicketType.SERVICE_REQUEST, Channel.PHONE, category, requester.id(), null,
				Level.HIGH, Level.LOW, Priority.P3, team, person(agent), now()));
	}

	@Test
	void fieldChangesSayFromWhatToWhatAndWhy() {
		User agent = newAgent();
		long team = teamWith("Events network " + agent.id(), agent);
		long category = category("Events network " + agent.id());
		long id = openTicket(newRequester(), "Slow network").get("id").asLong();

		var changed = agent.api()
			.patch("/api/v1/tickets/" + id, Map.of("version", 0, "impact", "HIGH", "urgency", "HIGH", "type", "PROBLEM",
					"category", "Events network " + agent.id(), "teamId", team, "assigneeId", agent.id()));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		agent.api()
			.patch("/api/v1/tickets/" + id, Map.of("version", 1, "status", "PENDING", "reason", "asked for logs"));

		Actor by = person(agent);
		receivedOnce(new TicketPrioritised(id, Priority.P3, Priority.P1, Level.HIGH, Level.HIGH,
				"Priority P1: impact High × urgency High", by, now()));
		receivedOnce(new TicketRetyped(id, TicketType.INCIDENT, TicketType.PROBLEM, by, now()));
		receivedOnce(new TicketCategorised(id, null, category, by, now()));
		receivedOnce(new TicketRouted(id, null, team, null, by, now()));
		receivedOnce(new TicketAssigned(id, null, agent.id(), null, by, now()));
		receivedOnce(new TicketStatusChanged(id, Status.NEW, Status.PENDING, "asked for logs", by, now()));
	}

	@Test
	void messagesSayWhoseWordsTheyAreAndWhoPutThemThere() {
		User requester = newRequester();
		User agent = newAgent();
		long id = openTicket(requester, "Mail problem").get("id").asLong();

		long reply = agent.api()
			.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "Try again", "visibility", "PUBLIC"))
			.json()
			.get("id")
			.asLong();
		long byMail = automation
			.addMessage(id, requester.id(), "Still broken", Visibility.PUBLIC, List.of(), new SystemActor("Email"))
			.id();
		long notice = automation.post(id, "Resolution due in 1 hour", Visibility.INTERNAL, new SystemActor("SLA")).id();

		receivedOnce(new MessageAdded(id, reply, agent.id(), Actor.Kind.AGENT, Visibility.PUBLIC, true, person(agent),
				now()));
		receivedOnce(new TicketStatusChanged(id, Status.NEW, Status.OPEN, "an agent replied",
				Actor.of(SystemActor.TIERDESK), now()));
		receivedOnce(new MessageAdded(id, byMail, requester.id(), Actor.Kind.REQUESTER, Visibility.PUBLIC, false,
				Actor.of(new SystemActor("Email")), now()));
		receivedOnce(new MessageAdded(id, notice, null, Actor.Kind.SYSTEM, Visibility.INTERNAL, false,
				Actor.of(new SystemActor("SLA")), now()));
	}

	@Test
	void systemCommandsPublishUnderTheSystemsName() {
		User agent = newAgent();
		long team = teamWith("Events routed " + agent.id(), agent);
		long id = openTicket(newRequester(), "Printer").get("id").asLong();

		automation.route(id, team, "category Printing matches rule 3", ROUTING);
		automation.assign(id, agent.id(), "least open work", ROUTING);
		automation.reprioritise(id, Priority.P1, "resolution target breached", new SystemActor("SLA"));
		automation.changeStatus(id, Status.RESOLVED, "fixed by the vendor's patch", ROUTING);

		Actor routing = Actor.of(ROUTING);
		receivedOnce(new TicketRouted(id, null, team, "category Printing matches rule 3", routing, now()));
		receivedOnce(new TicketAssigned(id, null, agent.id(), "least open work", routing, now()));
		receivedOnce(new TicketPrioritised(id, Priority.P3, Priority.P1, Level.MEDIUM, Level.MEDIUM,
				"resolution target breached", Actor.of(new SystemActor("SLA")), now()));
		receivedOnce(new TicketStatusChanged(id, Status.NEW, Status.RESOLVED, "fixed by the vendor's patch", routing,
				now()));
	}

	private void receivedOnce(Object event) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(listener.received()).contains(event));
		assertThat(listener.received()).as("delivered exactly once").filteredOn(event::equals).hasSize(1);
	}

	private long teamWith(String name, User member) {
		JsonNode team = admin().post("/api/v1/teams", Map.of("name", name, "model", "TIERED", "tier", 2)).json();
		long id = team.get("id").asLong();
		assertThat(admin().put("/api/v1/teams/" + id + "/members/" + member.id(), Map.of()).status()).isEqualTo(200);
		return id;
	}

	private long category(String name) {
		return admin().post("/api/v1/categories", Map.of("name", name)).json().get("id").asLong();
	}

	private static Actor person(User user) {
		return new Actor(user.id(), "Test Agent", Actor.Kind.AGENT);
	}

	private Instant now() {
		return clock.instant();
	}

}
