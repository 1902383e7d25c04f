package io.tierdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tierdesk.ApiClient.Response;
import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SLA policies through the API: create, read, replace, order, delete, and bad input. */
class SlaPoliciesIntegrationTests extends ApiTestSupport {

	long calendar;

	@BeforeEach
	void aCalendar() {
		calendar = SlaFixtures.berlinOfficeHours(admin());
	}

	@Test
	void createsAPolicyAsApiMdShowsIt() {
		String name = "Gold " + UUID.randomUUID();

		Response created = admin().post("/api/v1/sla/policies",
				SlaFixtures.confined(admin(), SlaFixtures.policy(name, calendar)));

		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/sla/policies/" + created.json().get("id").asLong());
		JsonNode policy = admin().get("/api/v1/sla/policies/" + created.json().get("id").asLong()).json();
		assertThat(policy.get("name").asString()).isEqualTo(name);
		assertThat(policy.get("targets").get("P1").get("resolutionMinutes").asLong()).isEqualTo(240);
		assertThat(policy.get("warnAtPercent").asInt()).isEqualTo(75);
		assertThat(policy.get("calendar").asString()).startsWith("Berlin office");
	}

	@Test
	void replacesWithTheVersionReadAndRefusesAStaleOne() {
		long id = create("Silver " + UUID.randomUUID());
		Map<String, Object> body = new HashMap<>(SlaFixtures.policy("Silver renamed " + UUID.randomUUID(), calendar));
		body.put("version", 0);
		body.put("conditions", Map.of("types", List.of("INCIDENT"), "channels", List.of("EMAIL")));

		Response replaced = admin().put("/api/v1/sla/policies/" + id, body);
		Response stale = admin().put("/api/v1/sla/policies/" + id, body);

		assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
		assertThat(replaced.json().get("conditions").get("types").get(0).asString()).isEqualTo("INCIDENT");
		assertThat(stale.status()).isEqualTo(409);
	}

	@Test
	void ordersAndDeletesPolicies() {
		long first = create("Order A " + UUID.randomUUID());
		long second = create("Order B " + UUID.randomUUID());
		List<Long> ids = new java.util.ArrayList<>();
		admin().get("/api/v1/sla/policies").json().forEach(p -> ids.add(p.get("id").asLong()));
		ids.remove(second);
		ids.add(0, second);

		Response ordered = admin().put("/api/v1/sla/policies/order", Map.of("ids", ids));

		assertThat(ordered.status()).as("%s", ordered).isEqualTo(200);
		assertThat(ordered.json().get(0).get("id").asLong()).isEqualTo(second);
		assertThat(ordered.json().get(0).get("rule").asInt()).isEqualTo(1);
		assertThat(admin().delete("/api/v1/sla/policies/" + first).status()).isEqualTo(204);
		assertThat(admin().get("/api/v1/sla/policies/" + first).status()).isEqualTo(404);
	}

	@Test
	void thereIsAlwaysOneDefaultPolicy() {
		long marked = create("Default " + UUID.randomUUID());
		Map<String, Object> body = new HashMap<>(
				SlaFixtures.confined(admin(), SlaFixtures.policy("Default marked " + UUID.randomUUID(), calendar)));
		body.put("version", 0);
		body.put("defaultPolicy", true);
		long version = admin().put("/api/v1/sla/policies/" + marked, body).json().get("version").asLong();

		JsonNode all = admin().get("/api/v1/sla/policies").json();
		long defaults = java.util.stream.StreamSupport.stream(all.spliterator(), false)
			.filter(p -> p.get("defaultPolicy").asBoolean())
			.count();

		assertThat(defaults).isEqualTo(1);
		body.put("version", version);
		body.put("defaultPolicy", false);
		assertThat(field(admin().put("/api/v1/sla/policies/" + marked, body))).isEqualTo("defaultPolicy");
	}

	@Test
	void refusesAnUnknownCalendar() {
		assertThat(field(admin().post("/api/v1/sla/policies", SlaFixtures.policy("X " + UUID.randomUUID(), 999_999))))
			.isEqualTo("calendarId");
	}

	@Test
	void refusesAPriorityWithoutBothTargets() {
		var body = Map.of("name", "Half " + UUID.randomUUID(), "calendarId", calendar, "targets",
				Map.of("P2", Map.of("firstResponseMinutes", 60)));

		assertThat(field(admin().post("/api/v1/sla/policies", body))).isEqualTo("targets.P2.resolutionMinutes");
	}

	@Test
	void refusesNonPositiveMinutes() {
		var body = Map.of("name", "Zero " + UUID.randomUUID(), "calendarId", calendar, "targets",
				Map.of("P1", Map.of("firstResponseMinutes", 0, "resolutionMinutes", 60)));

		assertThat(field(admin().post("/api/v1/sla/policies", body))).isEqualTo("targets.P1.firstResponseMinutes");
	}

	@Test
	void refusesNoTargets() {
		var body = Map.of("name", "None " + UUID.randomUUID(), "calendarId", calendar, "targets", Map.of());

		assertThat(field(admin().post("/api/v1/sla/policies", body))).isEqualTo("targets");
	}

	@Test
	void refusesUnknownOrganisationsAndCategories() {
		var body = new HashMap<>(SlaFixtures.policy("Ids " + UUID.randomUUID(), calendar));
		body.put("conditions", Map.of("organisationIds", List.of(987_654)));

		assertThat(field(admin().post("/api/v1/sla/policies", body))).isEqualTo("conditions.organisationIds");
		body.put("conditions", Map.of("categoryIds", List.of(987_654)));
		assertThat(field(admin().post("/api/v1/sla/policies", body))).isEqualTo("conditions.categoryIds");
	}

	@Test
	void refusesUnknownEnumValues() {
		var body = new HashMap<>(SlaFixtures.policy("Enum " + UUID.randomUUID(), calendar));
		body.put("conditions", Map.of("channels", List.of("PIGEON")));

		assertThat(admin().post("/api/v1/sla/policies", body).status()).isEqualTo(400);
		body.put("conditions", Map.of());
		body.put("targets", Map.of("P9", Map.of("firstResponseMinutes", 1, "resolutionMinutes", 2)));
		assertThat(admin().post("/api/v1/sla/policies", body).status()).isEqualTo(400);
	}

	@Test
	void refusesAnOrderThatLeavesAPolicyOut() {
		create("Left out " + UUID.randomUUID());

		assertThat(field(admin().put("/api/v1/sla/policies/order", Map.of("ids", List.of(1))))).isEqualTo("ids");
	}

	@Test
	void onlyAdminsManagePolicies() {
		assertThat(newAgent().api().get("/api/v1/sla/policies").status()).isEqualTo(403);
	}

	private long create(String name) {
		Response created = admin().post("/api/v1/sla/policies",
				SlaFixtures.confined(admin(), SlaFixtures.policy(name, calendar)));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static String field(Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		return response.json().get("errors").get(0).get("field").asString();
	}

}
