package io.tierdesk.sla;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tierdesk.ApiClient.Response;
import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarsApiIntegrationTests extends ApiTestSupport {

	private static final List<List<String>> OFFICE = List.of(List.of("08:00", "12:00"), List.of("13:00", "17:00"));

	@Test
	void createsReadsAndListsACalendarInApiShape() {
		Response created = admin().post("/api/v1/sla/calendars", berlinOffice(uniqueName("Berlin")));

		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.header("Location")).endsWith("/api/v1/sla/calendars/" + id);
		var read = newAgent().api().get("/api/v1/sla/calendars/" + id).json();
		assertThat(read.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(read.get("hours").get("MONDAY").toString())
			.isEqualTo("[[\"08:00\",\"12:00\"],[\"13:00\",\"17:00\"]]");
		assertThat(read.get("hours").has("SATURDAY")).isFalse();
		assertThat(read.get("holidays").toString()).isEqualTo("[\"2026-04-03\",\"--12-25\"]");
		assertThat(read.get("specialDays").get("2026-12-24").toString()).isEqualTo("[[\"08:00\",\"12:00\"]]");
		assertThat(read.get("weeklyMinutes").asLong()).isEqualTo(2400);
		assertThat(admin().get("/api/v1/sla/calendars").json().get("items").toString()).contains("\"id\":" + id);
	}

	@Test
	void computesDueAcrossLunchWeekendAndHalfDay() {
		long id = create(berlinOffice(uniqueName("Due")));
		var agent = newAgent().api();

		assertThat(due(agent, id, "2026-03-06T15:30:00Z", 120)).isEqualTo("2026-03-09T08:30:00Z");
		assertThat(due(agent, id, "2026-03-02T10:45:00Z", 30)).isEqualTo("2026-03-02T12:15:00Z");
		assertThat(due(agent, id, "2026-12-24T10:30:00Z", 60)).isEqualTo("2026-12-28T07:30:00Z");
	}

	@Test
	void elapsedIsTheInverseOfDue() {
		long id = create(berlinOffice(uniqueName("Elapsed")));
		var agent = newAgent().api();

		var elapsed = agent.post("/api/v1/sla/calendars/" + id + "/elapsed",
				Map.of("from", "2026-03-06T15:30:00Z", "to", "2026-03-09T08:30:00Z"));

		assertThat(elapsed.status()).isEqualTo(200);
		assertThat(elapsed.json().get("minutes").asLong()).isEqualTo(120);
	}

	@Test
	void changesWithTheCurrentVersionAndRefusesAStaleOne() {
		long id = create(berlinOffice(uniqueName("Change")));
		Map<String, Object> change = new HashMap<>(aroundTheClock(uniqueName("Changed")));
		change.put("version", 0);

		var changed = admin().put("/api/v1/sla/calendars/" + id, change);
		var stale = admin().put("/api/v1/sla/calendars/" + id, change);

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("version").asLong()).isEqualTo(1);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(due(newAgent().api(), id, "2026-03-07T10:00:00Z", 60)).isEqualTo("2026-03-07T11:00:00Z");
	}

	@Test
	void deletesACalendar() {
		long id = create(aroundTheClock(uniqueName("Gone")));

		assertThat(admin().delete("/api/v1/sla/calendars/" + id).status()).isEqualTo(204);
		assertThat(admin().get("/api/v1/sla/calendars/" + id).status()).isEqualTo(404);
		assertThat(newAgent().api()
			.post("/api/v1/sla/calendars/" + id + "/due", Map.of("start", "2026-03-02T10:00:00Z", "minutes", 1))
			.status()).isEqualTo(404);
	}

	@Test
	void requestersMayNotSeeOrComputeAndAgentsMayNotManage() {
		long id = create(aroundTheClock(uniqueName("Roles")));
		var requester = newRequester().api();

		assertThat(requester.get("/api/v1/sla/calendars/" + id).status()).isEqualTo(403);
		assertThat(requester
			.post("/api/v1/sla/calendars/" + id + "/due", Map.of("start", "2026-03-02T10:00:00Z", "minutes", 1))
			.status()).isEqualTo(403);
		assertThat(newAgent().api().post("/api/v1/sla/calendars", aroundTheClock(uniqueName("Agent"))).status())
			.isEqualTo(403);
	}

	@Test
	void unknownCalendarIs404() {
		assertThat(admin().get("/api/v1/sla/calendars/987654321").status()).isEqualTo(404);
		assertThat(admin()
			.put("/api/v1/sla/calendars/987654321",
					Map.of("version", 0, "name", "x", "timeZone", "UTC", "hours", Map.of("MONDAY", OFFICE)))
			.status()).isEqualTo(404);
	}

	@Test
	void duplicateNameIs409() {
		String name = uniqueName("Twice");
		create(aroundTheClock(name));

		var again = admin().post("/api/v1/sla/calendars", aroundTheClock(name.toUpperCase(java.util.Locale.ROOT)));

		assertThat(again.status()).isEqualTo(409);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					overlapping intervals | {"MONDAY": [["09:00","12:00"],["11:00","14:00"]]} | UTC | hours.MONDAY | overlap
					inverted interval     | {"MONDAY": [["17:00","09:00"]]}                   | UTC | hours.MONDAY[0] | does not end after it starts
					25:00                 | {"MONDAY": [["09:00","25:00"]]}                   | UTC | hours.MONDAY[0] | 25:00 is not a time
					no working time       | {"MONDAY": []}                                    | UTC | hours | no working time
					unknown weekday       | {"FUNDAY": [["09:00","17:00"]]}                   | UTC | hours.FUNDAY | not a weekday
					unknown time zone     | {"MONDAY": [["09:00","17:00"]]}                   | Mars/Olympus | timeZone | unknown time zone
					""")
	void badCalendarsAre400NamingTheField(String what, String hours, String zone, String field, String message) {
		var response = admin().post("/api/v1/sla/calendars",
				Map.of("name", uniqueName("Bad"), "timeZone", zone, "hours", json(hours)));

		assertBadInput(response, field, message);
	}

	@Test
	void badHolidaysAndSpecialDaysAre400NamingTheField() {
		Map<String, Object> calendar = new HashMap<>(berlinOffice(uniqueName("Holidays")));
		calendar.put("holidays", List.of("2026-12-25", "2026-13-01"));
		assertBadInput(admin().post("/api/v1/sla/calendars", calendar), "holidays[1]", "not a date");

		calendar.put("holidays", List.of("2026-12-24"));
		assertBadInput(admin().post("/api/v1/sla/calendars", calendar), "specialDays.2026-12-24", "also a holiday");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			negative minutes         | {"start": "2026-03-02T10:00:00Z", "minutes": -1}       | minutes
			more than ten years      | {"start": "2026-03-02T10:00:00Z", "minutes": 99999999} | minutes
			start before 1970        | {"start": "1969-03-02T10:00:00Z", "minutes": 1}        | start
			no start                 | {"minutes": 1}                                         | start
			""")
	void badDueQuestionsAre400NamingTheField(String what, String body, String field) {
		long id = create(aroundTheClock(uniqueName("Question")));

		assertBadInput(newAgent().api().post("/api/v1/sla/calendars/" + id + "/due", json(body)), field, "");
	}

	@Test
	void fromAfterToIs400() {
		long id = create(aroundTheClock(uniqueName("Backwards")));

		var response = newAgent().api()
			.post("/api/v1/sla/calendars/" + id + "/elapsed",
					Map.of("from", "2026-03-02T10:00:00Z", "to", "2026-03-01T10:00:00Z"));

		assertBadInput(response, "to", "before from");
	}

	private void assertBadInput(Response response, String field, String message) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field + "\"").contains(message);
	}

	private static String due(io.tierdesk.ApiClient agent, long id, String start, long minutes) {
		var response = agent.post("/api/v1/sla/calendars/" + id + "/due", Map.of("start", start, "minutes", minutes));
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("due").asString();
	}

	private long create(Map<String, Object> calendar) {
		var created = admin().post("/api/v1/sla/calendars", calendar);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static Map<String, Object> berlinOffice(String name) {
		return Map.of("name", name, "timeZone", "Europe/Berlin", "hours",
				Map.of("MONDAY", OFFICE, "TUESDAY", OFFICE, "WEDNESDAY", OFFICE, "THURSDAY", OFFICE, "FRIDAY", OFFICE),
				"holidays", List.of("--12-25", "2026-04-03"), "specialDays",
				Map.of("2026-12-24", List.of(List.of("08:00", "12:00"))));
	}

	static Map<String, Object> aroundTheClock(String name) {
		List<List<String>> day = List.of(List.of("00:00", "24:00"));
		Map<String, Object> hours = new HashMap<>();
		for (String weekday : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.put(weekday, day);
		}
		return Map.of("name", name, "timeZone", "UTC", "hours", hours);
	}

	private static String uniqueName(String prefix) {
		return prefix + " " + UUID.randomUUID();
	}

	private static Object json(String text) {
		return tools.jackson.databind.json.JsonMapper.shared().readValue(text, Object.class);
	}

}
