package io.tierdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.tierdesk.ApiClient;
import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Compliance and contracts through the API, over tickets of an organisation of the test's
 * own, whose policy (Berlin office hours; P3: answer in 60, solve in 480 business
 * minutes) decides no other test's tickets; the clock stands at a Monday 10:00 in Berlin.
 */
class SlaComplianceIntegrationTests extends ApiTestSupport {

	Instant monday;

	long organisation;

	User requester;

	User agent;

	ApiClient manager;

	@BeforeEach
	void ticketsOfOneOrganisation() {
		monday = clock.instant()
			.plus(Duration.ofDays(7))
			.atZone(ZoneOffset.UTC)
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
			.withHour(9)
			.truncatedTo(ChronoUnit.HOURS)
			.toInstant();
		clock.set(monday);
		organisation = newOrganisation(false);
		SlaFixtures.policyForOrganisation(admin(), organisation);
		requester = joined(newRequester(), organisation);
		agent = newAgent();
		manager = newUser("MANAGER").api();
	}

	@Test
	void targetsCountInThePeriodTheyEndedInAndTheContractOwesItsCappedCredit() {
		long answered = openTicket(requester, "Answered and solved").get("id").asLong();
		long ignored = openTicket(requester, "Never answered").get("id").asLong();
		dueShows(answered);
		dueShows(ignored);
		clock.advance(Duration.ofMinutes(20));
		reply(answered);
		slaOnceItShows(answered, s -> s.get("nextDueAt").asString().equals(s.get("resolutionDueAt").asString()));
		clock.advance(Duration.ofMinutes(100));
		change(answered, Map.of("status", "RESOLVED", "reason", "Replaced the toner"));
		slaOnceItShows(answered, s -> s.get("nextDueAt").isNull());
		long contract = createContract(
				contract("Compliance " + UUID.randomUUID(), List.of("P3"), List.of("FIRST_RESPONSE", "RESOLUTION")));
		long untouched = createContract(fixed("Only P1 " + UUID.randomUUID()));

		JsonNode report = compliance(monday, monday.plus(Duration.ofDays(1)));

		JsonNode p3 = priority(report, "P3");
		assertTally(p3.get("firstResponse"), 2, 1, 1, "50.0");
		// The unanswered ticket's resolution runs until Tuesday 10:00: not measured yet.
		assertTally(p3.get("resolution"), 1, 1, 0, "100.0");
		assertTally(priority(report, "P1").get("firstResponse"), 0, 0, 0, null);
		JsonNode owed = contractIn(report, contract);
		assertTally(owed.get("tally"), 3, 2, 1, "66.67");
		assertThat(owed.get("shortfallPoints").decimalValue()).isEqualByComparingTo("28.33");
		// 2 % of 12,000 per point for 28.33 points is 6,799.20, capped at 20 %: 2,400.
		assertThat(owed.get("creditOwed").decimalValue()).isEqualByComparingTo("2400.00");
		JsonNode nothing = contractIn(report, untouched);
		assertThat(nothing.get("tally").get("compliancePercent").isNull()).isTrue();
		assertThat(nothing.get("shortfallPoints").isNull()).isTrue();
		assertThat(nothing.get("creditOwed").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void aBreachCountsAtItsDueInstantInAHalfOpenPeriod() {
		long ignored = openTicket(requester, "Nobody answers").get("id").asLong();
		dueShows(ignored);
		Instant due = monday.plus(Duration.ofMinutes(60));

		assertTally(priority(compliance(monday, due.plusSeconds(3600)), "P3").get("firstResponse"), 0, 0, 0, null);

		clock.set(due.plusSeconds(1));
		assertTally(priority(compliance(monday, due), "P3").get("firstResponse"), 0, 0, 0, null);
		assertTally(priority(compliance(due, due.plusSeconds(1)), "P3").get("firstResponse"), 1, 0, 1, "0.0");
	}

	@Test
	void contractsAreWrittenWithTheirVersionAndReadByManagersOnly() {
		String name = "Contract " + UUID.randomUUID();
		var created = manager.post("/api/v1/sla/contracts", contract(name, List.of("P1", "P2"), List.of("RESOLUTION")));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("priorities").toString()).isEqualTo("[\"P1\",\"P2\"]");

		var body = new HashMap<>(contract(name, List.of("P1"), List.of("RESOLUTION")));
		body.put("version", created.json().get("version").asLong());
		body.put("targetPercent", 99.5);
		var changed = manager.put("/api/v1/sla/contracts/" + id, body);
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		assertThat(changed.json().get("targetPercent").decimalValue()).isEqualByComparingTo("99.5");
		assertThat(manager.put("/api/v1/sla/contracts/" + id, body).status()).isEqualTo(409);
		assertThat(manager.post("/api/v1/sla/contracts", contract(name, List.of("P1"), List.of("RESOLUTION"))).status())
			.isEqualTo(409);

		assertThat(agent.api().get("/api/v1/sla/contracts").status()).isEqualTo(403);
		assertThat(agent.api().get("/api/v1/sla/compliance").status()).isEqualTo(403);
		assertThat(admin().get("/api/v1/sla/contracts/" + id).status()).isEqualTo(200);
		assertThat(manager.delete("/api/v1/sla/contracts/" + id).status()).isEqualTo(204);
		assertThat(manager.get("/api/v1/sla/contracts/" + id).status()).isEqualTo(404);
	}

	@Test
	void badContractsAreRefusedNamingEachField() {
		var body = new HashMap<String, Object>(Map.of("name", " ", "organisationId", Long.MAX_VALUE, "targetPercent",
				100.5, "priorities", List.of(), "targets", List.of(), "remedy", "FEE_PERCENT_PER_POINT",
				"feePercentPerPoint", -1, "capPercent", -5, "currency", "EURO", "monthlyFee", -12000));

		var refused = manager.post("/api/v1/sla/contracts", body);

		assertThat(refused.status()).as("%s", refused).isEqualTo(400);
		assertThat(refused.text()).contains("\"name\"", "\"organisationId\"", "\"targetPercent\"", "\"priorities\"",
				"\"targets\"", "\"feePercentPerPoint\"", "\"capPercent\"", "\"currency\"", "\"monthlyFee\"");
		var noAmount = new HashMap<>(fixed("No amount " + UUID.randomUUID()));
		noAmount.remove("fixedAmount");
		assertThat(manager.post("/api/v1/sla/contracts", noAmount).text()).contains("\"fixedAmount\"");
		assertThat(manager.get("/api/v1/sla/compliance?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z").status())
			.isEqualTo(400);
		assertThat(manager.get("/api/v1/sla/compliance?from=yesterday").status()).isEqualTo(400);
	}

	private Map<String, Object> contract(String name, List<String> priorities, List<String> targets) {
		return Map.of("name", name, "organisationId", organisation, "targetPercent", 95, "priorities", priorities,
				"targets", targets, "remedy", "FEE_PERCENT_PER_POINT", "feePercentPerPoint", 2, "capPercent", 20,
				"currency", "EUR", "monthlyFee", 12000);
	}

	private Map<String, Object> fixed(String name) {
		return Map.of("name", name, "organisationId", organisation, "targetPercent", 90, "priorities", List.of("P1"),
				"targets", List.of("FIRST_RESPONSE"), "remedy", "FIXED_AMOUNT", "fixedAmount", 500, "currency", "EUR");
	}

	private long createContract(Map<String, Object> body) {
		var created = manager.post("/api/v1/sla/contracts", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private JsonNode compliance(Instant from, Instant to) {
		var r = manager.get("/api/v1/sla/compliance?from=" + from + "&to=" + to + "&organisationId=" + organisation);
		assertThat(r.status()).as("%s", r).isEqualTo(200);
		return r.json();
	}

	private static JsonNode priority(JsonNode report, String priority) {
		for (JsonNode p : report.get("priorities")) {
			if (p.get("priority").asString().equals(priority)) {
				return p;
			}
		}
		throw new AssertionError("no " + priority + " in " + report);
	}

	private static JsonNode contractIn(JsonNode report, long id) {
		for (JsonNode c : report.get("contracts")) {
			if (c.get("contractId").asLong() == id) {
				return c;
			}
		}
		throw new AssertionError("no contract " + id + " in " + report);
	}

	private static void assertTally(JsonNode tally, long measured, long met, long breached, String percent) {
		assertThat(tally.get("measured").asLong()).as("measured in %s", tally).isEqualTo(measured);
		assertThat(tally.get("met").asLong()).as("met in %s", tally).isEqualTo(met);
		assertThat(tally.get("breached").asLong()).as("breached in %s", tally).isEqualTo(breached);
		if (percent == null) {
			assertThat(tally.get("compliancePercent").isNull()).as("%s", tally).isTrue();
		}
		else {
			assertThat(tally.get("compliancePercent").decimalValue()).as("%s", tally).isEqualByComparingTo(percent);
		}
	}

	private void dueShows(long id) {
		slaOnceItShows(id, s -> !s.get("nextDueAt").isNull());
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
		var body = new HashMap<String, Object>(fields);
		body.put("version", version);
		var r = agent.api().patch("/api/v1/tickets/" + id, body);
		assertThat(r.status()).as("%s", r).isEqualTo(200);
	}

}
