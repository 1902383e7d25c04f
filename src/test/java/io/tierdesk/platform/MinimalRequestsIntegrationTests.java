package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.tierdesk.ApiClient;
import io.tierdesk.ApiClient.FilePart;
import io.tierdesk.ApiClient.Response;
import io.tierdesk.ApiTestSupport;
import io.tierdesk.channel.Notifications;
import io.tierdesk.sla.job.SlaPolicyFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the committed OpenAPI document, sent the smallest request the
 * document calls valid (required fields and parameters only, values made from their
 * schemas), succeeds; and leaving out any one required field of a JSON body is a 400. So
 * {@code required} in the document is exactly what the server refuses absent (issue 9).
 * What a schema cannot give, the rows to act on and values that must match them, comes
 * from one fixture per operation id; an operation without one fails the test, so a new
 * operation cannot go unchecked.
 */
class MinimalRequestsIntegrationTests extends ApiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OpenApiDocument document = OpenApiDocument.committed();

	private final MinimalValues values = new MinimalValues(document);

	private final List<String> failures = new ArrayList<>();

	private int tried;

	@Autowired
	Notifications notifications;

	@Test
	void everyOperationTakesItsMinimalRequestAndRefusesOneRequiredFieldLess() {
		Map<String, Supplier<Call>> fixtures = fixtures();
		Set<String> operationIds = new java.util.HashSet<>();
		for (OpenApiDocument.Operation operation : document.operations()) {
			operationIds.add(operation.id());
			Supplier<Call> fixture = fixtures.get(operation.id());
			if (fixture == null) {
				failures.add(operation + ": no fixture says which rows it acts on");
			}
			else {
				send(operation, fixture);
			}
		}
		fixtures.keySet()
			.stream()
			.filter(id -> !operationIds.contains(id))
			.forEach(id -> failures.add(id + ": a fixture for an operation the document does not have"));
		tally();

		assertThat(tried).as("requests sent").isGreaterThan(document.operations().size());
		assertThat(failures).isEmpty();
	}

	/**
	 * Fields another field's value makes required (a fixed-amount remedy needs its
	 * amount), which a schema's {@code required} cannot say: the fixture sends them, and
	 * the server still refuses each truly required field absent.
	 */
	private static final Set<String> REQUIRED_BY_ANOTHER_FIELD = Set.of("createSlaContract.fixedAmount",
			"replaceSlaContract.fixedAmount");

	private void send(OpenApiDocument.Operation operation, Supplier<Call> fixture) {
		JsonNode body = operation.node().path("requestBody");
		if (!body.path("required").asBoolean(false)) {
			expect(operation, "without a body", "2xx", request(operation, fixture.get(), null, null));
			return;
		}
		for (Map.Entry<String, JsonNode> media : body.path("content").properties()) {
			Call call = fixture.get();
			Map<String, Object> minimal = values.object(media.getValue().path("schema"));
			for (String name : call.body().keySet()) {
				if (!minimal.containsKey(name) && !REQUIRED_BY_ANOTHER_FIELD.contains(operation.id() + "." + name)) {
					failures.add(operation + ": the fixture sets " + name + ", which is not required");
				}
			}
			minimal.putAll(call.body());
			if (media.getKey().equals("application/json")) {
				for (String required : minimal.keySet()) {
					Map<String, Object> without = new LinkedHashMap<>(minimal);
					without.remove(required);
					expect(operation, "without " + required, "400", request(operation, call, media.getKey(), without));
				}
			}
			expect(operation, "as " + media.getKey() + " " + minimal, "2xx",
					request(operation, call, media.getKey(), minimal));
		}
	}

	private Response request(OpenApiDocument.Operation operation, Call call, String mediaType,
			Map<String, Object> body) {
		String path = operation.path();
		StringBuilder query = new StringBuilder();
		for (JsonNode parameter : operation.parameters()) {
			String name = parameter.path("name").asString();
			String in = parameter.path("in").asString();
			if (in.equals("path")) {
				Object value = call.path().get(name);
				if (value == null) {
					throw new IllegalStateException(operation + ": the fixture gives no path parameter " + name);
				}
				path = path.replace("{" + name + "}", value.toString());
			}
			else if (parameter.path("required").asBoolean(false) && in.equals("query")) {
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(values.of(parameter));
			}
			else if (parameter.path("required").asBoolean(false)) {
				throw new IllegalStateException(operation + ": cannot send the required " + in + " " + name);
			}
		}
		String target = path + query;
		tried++;
		ApiClient client = call.token() == null ? admin() : new ApiClient(port, call.token());
		if (mediaType == null) {
			return switch (operation.method()) {
				case "get" -> client.get(target);
				case "delete" -> client.delete(target);
				default -> client.raw(operation.method().toUpperCase(java.util.Locale.ROOT), target, "application/json",
						new byte[0]);
			};
		}
		if (mediaType.equals("multipart/form-data")) {
			List<String[]> fields = new ArrayList<>();
			body.forEach((name, value) -> fields.add(new String[] { name, value.toString() }));
			return client.multipart(target, fields, call.files());
		}
		return client.raw(operation.method().toUpperCase(java.util.Locale.ROOT), target, mediaType,
				JSON.writeValueAsBytes(body));
	}

	/** Records a failure unless the status matches, {@code x} standing for any digit. */
	private void expect(OpenApiDocument.Operation operation, String what, String status, Response response) {
		if (!String.valueOf(response.status()).matches(status.replace("x", "\\d"))) {
			failures.add(operation + " " + what + ": expected " + status + ", got " + response);
		}
	}

	private void tally() {
		var report = new ReliabilityReport("contract");
		report.record("smallest valid request of every operation, and each one without a required field", tried,
				failures.size());
		report.check();
	}

	/**
	 * What a minimal request needs beyond its schema: path parameters naming rows made
	 * for it, required values that must match the server's state, and for the multipart
	 * form a file (its parts are each optional, but "body or files" is not something the
	 * generated form schema can say).
	 */
	record Call(Map<String, Object> path, Map<String, Object> body, List<FilePart> files, @Nullable String token) {

		Call(Map<String, Object> path, Map<String, Object> body, List<FilePart> files) {
			this(path, body, files, null);
		}

		static Call none() {
			return new Call(Map.of(), Map.of(), List.of());
		}

		/**
		 * Sent with this API token instead of the admin's (an operation on the caller's
		 * own account).
		 */
		Call as(String otherToken) {
			return new Call(path, body, files, otherToken);
		}

		static Call on(String name, Object value, Object... more) {
			Map<String, Object> path = new HashMap<>(Map.of(name, value));
			for (int i = 0; i + 1 < more.length; i += 2) {
				path.put((String) more[i], more[i + 1]);
			}
			return new Call(path, Map.of(), List.of());
		}

		Call with(String name, Object value) {
			Map<String, Object> body = new HashMap<>(this.body);
			body.put(name, value);
			return new Call(path, body, files, token);
		}

		Call withFile() {
			return new Call(path, body,
					List.of(new FilePart("minimal.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))), token);
		}

	}

	private Map<String, Supplier<Call>> fixtures() {
		Map<String, Supplier<Call>> fixtures = new HashMap<>();
		for (String id : List.of("matrix", "banner", "searchUsers", "createUser", "listTickets", "openTicket",
				"listTeams", "createTeam", "listOrganisations", "createOrganisation", "acceptances", "listCategories",
				"createCategory", "me", "read", "chooseMyTimeZone", "listCalendars", "listNotifications",
				"readAllNotifications")) {
			fixtures.put(id, Call::none);
		}
		fixtures.put("addMember", () -> Call.on("id", team(), "userId", newAgent().id()));
		fixtures.put("removeMember", () -> {
			long team = team();
			long agent = newAgent().id();
			assertThat(admin().put("/api/v1/teams/" + team + "/members/" + agent, Map.of()).status()).isEqualTo(200);
			return Call.on("id", team, "userId", agent);
		});
		fixtures.put("replace",
				() -> Call.none().with("cells", admin().get("/api/v1/priority-matrix").json().get("cells")));
		fixtures.put("changeBanner", () -> {
			JsonNode banner = admin().get("/api/v1/banner").json();
			return Call.none()
				.with("text", banner.get("text").asString())
				.with("acceptanceRequired", banner.get("acceptanceRequired").asBoolean());
		});
		fixtures.put("accept",
				() -> Call.none().with("version", admin().get("/api/v1/banner").json().get("version").asInt()));
		fixtures.put("changeOrganisation", () -> Call.on("id", admin()
			.post("/api/v1/organisations", Map.of("name", "Minimal " + UUID.randomUUID(), "sharesTickets", false))
			.json()
			.get("id")
			.asLong()));
		fixtures.put("changeMyPassword", () -> {
			String email = "minimal-" + UUID.randomUUID() + "@example.org";
			long id = admin()
				.post("/api/v1/users", Map.of("email", email, "name", "Minimal", "role", "AGENT", "password",
						"a-long-enough-passphrase-42"))
				.json()
				.get("id")
				.asLong();
			String token = admin().post("/api/v1/users/" + id + "/tokens", Map.of("name", "own"))
				.json()
				.get("token")
				.asString();
			return Call.none()
				.as(token)
				.with("currentPassword", "a-long-enough-passphrase-42")
				.with("newPassword", "another-long-passphrase-9");
		});
		for (String id : List.of("unlockSignIn", "listTokens", "mintToken", "getUser", "changeUser", "issuePassword")) {
			fixtures.put(id, () -> Call.on("id", newRequester().id()));
		}
		for (String id : List.of("getTicket", "getTimeline", "listMessages")) {
			fixtures.put(id, () -> Call.on("id", ticket().get("id").asLong()));
		}
		fixtures.put("addMessage", () -> Call.on("id", ticket().get("id").asLong()).withFile());
		fixtures.put("changeTicket", () -> {
			JsonNode ticket = ticket();
			return Call.on("id", ticket.get("id").asLong()).with("version", ticket.get("version").asLong());
		});
		fixtures.put("reopenTicket", () -> Call.on("id", resolvedTicket()));
		fixtures.put("closeTicket", () -> Call.on("id", resolvedTicket()));
		fixtures.put("listSlaPolicies", Call::none);
		fixtures.put("createSlaPolicy", () -> slaPolicyBody(Call.none()));
		fixtures.put("getSlaPolicy", () -> Call.on("id", slaPolicy()));
		fixtures.put("deleteSlaPolicy", () -> Call.on("id", slaPolicy()));
		fixtures.put("replaceSlaPolicy", () -> {
			long id = slaPolicy();
			return slaPolicyBody(Call.on("id", id)).with("version", 0);
		});
		fixtures.put("reorderSlaPolicies", () -> {
			slaPolicy();
			List<Long> ids = new ArrayList<>();
			admin().get("/api/v1/sla/policies").json().forEach(p -> ids.add(p.get("id").asLong()));
			return Call.none().with("ids", ids);
		});
		fixtures.put("listSlaContracts", Call::none);
		fixtures.put("getSlaCompliance", Call::none);
		fixtures.put("createSlaContract", () -> slaContractBody(Call.none()));
		fixtures.put("getSlaContract", () -> Call.on("id", slaContract()));
		fixtures.put("deleteSlaContract", () -> Call.on("id", slaContract()));
		fixtures.put("replaceSlaContract", () -> slaContractBody(Call.on("id", slaContract())).with("version", 0));
		fixtures.put("getTeam", () -> Call.on("id", team()));
		fixtures.put("download", () -> Call.on("id", attachment()));
		fixtures.put("readNotification", () -> {
			long me = admin().get("/api/v1/me").json().get("id").asLong();
			notifications.tell(me, "Minimal", null, UUID.randomUUID().toString());
			return Call.on("id", admin().get("/api/v1/notifications").json().get("items").get(0).get("id").asLong());
		});
		for (String id : List.of("getPolicyActions", "replacePolicyActions")) {
			fixtures.put(id,
					() -> Call.on("id", SlaPolicyFixtures.policy(admin(), SlaPolicyFixtures.organisation(admin()), 60,
							240, SlaPolicyFixtures.actions(List.of(), List.of()))));
		}
		fixtures.put("revokeToken",
				() -> Call.on("tokenId",
						admin().post("/api/v1/users/" + newRequester().id() + "/tokens", Map.of("name", "minimal"))
							.json()
							.get("id")
							.asLong()));
		fixtures.put("createCalendar", () -> calendarBody(Call.none()));
		for (String id : List.of("getCalendar", "deleteCalendar")) {
			fixtures.put(id, () -> Call.on("id", calendar()));
		}
		fixtures.put("changeCalendar", () -> calendarBody(Call.on("id", calendar())).with("version", 0));
		fixtures.put("calendarDue", () -> Call.on("id", calendar()).with("start", "2026-03-02T10:00:00Z"));
		fixtures.put("calendarElapsed",
				() -> Call.on("id", calendar())
					.with("from", "2026-03-02T10:00:00Z")
					.with("to", "2026-03-03T10:00:00Z"));
		return fixtures;
	}

	/**
	 * A calendar needs working time in a real zone: a schema's made-up values have
	 * neither.
	 */
	private static Call calendarBody(Call call) {
		return call.with("name", "Minimal " + UUID.randomUUID())
			.with("timeZone", "Europe/Berlin")
			.with("hours", Map.of("MONDAY", List.of(List.of("09:00", "17:00"))));
	}

	private long calendar() {
		var calendar = admin().post("/api/v1/sla/calendars", calendarBody(Call.none()).body());
		assertThat(calendar.status()).as("%s", calendar).isEqualTo(201);
		return calendar.json().get("id").asLong();
	}

	/** Reopen and close (confirm solved) act on a resolved ticket. */
	private long resolvedTicket() {
		JsonNode ticket = ticket();
		long id = ticket.get("id").asLong();
		var resolved = admin().patch("/api/v1/tickets/" + id,
				Map.of("version", ticket.get("version").asLong(), "status", "RESOLVED"));
		assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
		return id;
	}

	/** A policy's name, a calendar that exists and the targets of one priority. */
	private Call slaPolicyBody(Call call) {
		var calendar = admin().post("/api/v1/sla/calendars",
				Map.of("name", "Minimal policy calendar " + UUID.randomUUID(), "timeZone", "UTC", "hours",
						Map.of("MONDAY", List.of(List.of("09:00", "17:00")))));
		assertThat(calendar.status()).as("%s", calendar).isEqualTo(201);
		return call.with("name", "Minimal policy " + UUID.randomUUID())
			.with("calendarId", calendar.json().get("id").asLong())
			.with("targets", Map.of("P1", Map.of("firstResponseMinutes", 30, "resolutionMinutes", 240)));
	}

	private long slaPolicy() {
		var created = admin().post("/api/v1/sla/policies", slaPolicyBody(Call.none()).body());
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** A contract needs a target, a priority, a target clock, a remedy and a currency. */
	private static Call slaContractBody(Call call) {
		return call.with("name", "Minimal contract " + UUID.randomUUID())
			.with("targetPercent", 95)
			.with("priorities", List.of("P1"))
			.with("targets", List.of("RESOLUTION"))
			.with("remedy", "FIXED_AMOUNT")
			.with("fixedAmount", 100)
			.with("currency", "EUR");
	}

	private long slaContract() {
		var created = admin().post("/api/v1/sla/contracts", slaContractBody(Call.none()).body());
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private JsonNode ticket() {
		return openTicket(newRequester(), "Minimal request");
	}

	private long team() {
		var team = admin().post("/api/v1/teams", Map.of("name", "Minimal " + UUID.randomUUID(), "model", "SWARM"));
		assertThat(team.status()).as("%s", team).isEqualTo(201);
		return team.json().get("id").asLong();
	}

	private long attachment() {
		long ticket = ticket().get("id").asLong();
		var message = admin().multipart("/api/v1/tickets/" + ticket + "/messages", List.of(),
				Call.none().withFile().files());
		assertThat(message.status()).as("%s", message).isEqualTo(201);
		return message.json().get("attachments").get(0).get("id").asLong();
	}

}
