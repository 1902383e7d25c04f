package io.tierdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The clocks through the API, on a Berlin office-hours calendar (Mon–Fri 09–17): each
 * test's requester belongs to an organisation of its own, whose policy is tried first,
 * and the clock stands at a Monday 10:00 in Berlin (09:00 UTC).
 */
class SlaClockIntegrationTests extends ApiTestSupport {

	Instant monday;

	User requester;

	User agent;

	@BeforeEach
	void aPolicyForOneOrganisation() {
		monday = clock.instant()
			.plus(Duration.ofDays(7))
			.atZone(ZoneOffset.UTC)
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
			.withHour(9)
			.truncatedTo(ChronoUnit.HOURS)
			.toInstant();
		clock.set(monday);
		long organisation = newOrganisation(false);
		long calendar = SlaFixtures.berlinOfficeHours(admin());
		var created = admin().post("/api/v1/sla/policies",
				Map.of("name", "Clock test " + UUID.randomUUID(), "calendarId", calendar, "conditions",
						Map.of("organisationIds", List.of(organisation)), "targets",
						Map.of("P1", Map.of("firstResponseMinutes", 30, "resolutionMinutes", 240), "P3",
								Map.of("firstResponseMinutes", 60, "resolutionMinutes", 480))));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		firstInOrder(created.json().get("id").asLong());
		requester = joined(newRequester(), organisation);
		agent = newAgent();
	}

	@Test
	void aNewTicketGetsItsClocksOnThePolicysCalendar() {
		long id = openTicket(requester, "Printer on fire").get("id").asLong();

		JsonNode sla = slaOnceItShows(id, s -> true);

		assertThat(sla.get("firstResponseDueAt").asString()).isEqualTo(at(60));
		// 480 business minutes: 7 hours on Monday, the last one on Tuesday 09:00–10:00.
		assertThat(sla.get("resolutionDueAt").asString()).isEqualTo(monday.plus(Duration.ofHours(24)).toString());
		assertThat(sla.get("paused").asBoolean()).isFalse();
		assertThat(sla.get("firstResponseBreached").asBoolean()).isFalse();
		assertThat(sla.get("calendar").asString()).startsWith("Berlin office");
	}

	@Test
	void theFirstPublicReplyMeetsTheFirstResponse() {
		long id = openTicket(requester, "Mail bounces").get("id").asLong();
		slaOnceItShows(id, s -> true);
		clock.advance(Duration.ofMinutes(20));

		reply(id);

		JsonNode sla = slaOnceItShows(id,
				s -> s.get("nextDueAt").asString().equals(s.get("resolutionDueAt").asString()));
		assertThat(sla.get("firstResponseBreached").asBoolean()).isFalse();
	}

	@Test
	void pendingPausesTheResolutionClockAndReopeningResumesWithoutThePause() {
		long id = openTicket(requester, "VPN drops").get("id").asLong();
		slaOnceItShows(id, s -> true);
		clock.advance(Duration.ofMinutes(60));

		change(id, Map.of("status", "PENDING", "reason", "asked for logs"));
		JsonNode paused = slaOnceItShows(id, s -> s.get("paused").asBoolean());
		assertThat(paused.get("resolutionDueAt").isNull()).isTrue();
		assertThat(paused.get("resolutionMinutesLeft").asLong()).isEqualTo(420);

		clock.advance(Duration.ofMinutes(120));
		change(id, Map.of("status", "OPEN"));
		JsonNode resumed = slaOnceItShows(id, s -> !s.get("paused").asBoolean());

		assertThat(resumed.get("resolutionDueAt").asString()).isEqualTo(monday.plus(Duration.ofHours(26)).toString());
		assertThat(resumed.get("pausedMinutes").asLong()).isEqualTo(120);
	}

	@Test
	void aRaisedPriorityMovesTheDueTimesFromTheTimeAlreadySpent() {
		long id = openTicket(requester, "Server down").get("id").asLong();
		slaOnceItShows(id, s -> true);
		clock.advance(Duration.ofMinutes(10));

		change(id, Map.of("impact", "HIGH", "urgency", "HIGH"));

		JsonNode sla = slaOnceItShows(id, s -> s.get("resolutionDueAt").asString().equals(at(240)));
		assertThat(sla.get("firstResponseDueAt").asString()).isEqualTo(at(30));
	}

	@Test
	void theQueueSortsByTheNearestDueTime() {
		long later = openTicket(requester, "Later").get("id").asLong();
		long sooner = openTicket(requester, "Sooner").get("id").asLong();
		slaOnceItShows(later, s -> true);
		change(sooner, Map.of("impact", "HIGH", "urgency", "HIGH"));
		slaOnceItShows(sooner, s -> s.get("firstResponseDueAt").asString().equals(at(30)));

		var page = agent.api().get("/api/v1/tickets?requester=" + requester.id() + "&sort=due,asc").json();

		List<Long> ids = new ArrayList<>();
		page.get("items").forEach(t -> ids.add(t.get("id").asLong()));
		assertThat(ids).containsExactly(sooner, later);
		var descending = agent.api().get("/api/v1/tickets?requester=" + requester.id() + "&sort=due,desc").json();
		assertThat(descending.get("items").get(0).get("id").asLong()).isEqualTo(later);
	}

	private JsonNode slaOnceItShows(long id, Predicate<JsonNode> condition) {
		JsonNode[] sla = new JsonNode[1];
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			sla[0] = agent.api().get("/api/v1/tickets/" + id).json().get("sla");
			return sla[0] != null && !sla[0].isNull() && condition.test(sla[0]);
		});
		return sla[0];
	}

	private void reply(long id) {
		var r = agent.api()
			.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "On it", "visibility", "PUBLIC"));
		assertThat(r.status()).as("%s", r).isEqualTo(201);
	}

	private void change(long id, Map<String, Object> fields) {
		long version = agent.api().get("/api/v1/tickets/" + id).json().get("version").asLong();
		var body = new java.util.HashMap<String, Object>(fields);
		body.put("version", version);
		var r = agent.api().patch("/api/v1/tickets/" + id, body);
		assertThat(r.status()).as("%s", r).isEqualTo(200);
	}

	private void firstInOrder(long policy) {
		List<Long> ids = new ArrayList<>(List.of(policy));
		admin().get("/api/v1/sla/policies").json().forEach(p -> {
			if (p.get("id").asLong() != policy) {
				ids.add(p.get("id").asLong());
			}
		});
		var r = admin().put("/api/v1/sla/policies/order", Map.of("ids", ids));
		assertThat(r.status()).as("%s", r).isEqualTo(200);
	}

	private String at(int minutes) {
		return monday.plus(Duration.ofMinutes(minutes)).toString();
	}

}
