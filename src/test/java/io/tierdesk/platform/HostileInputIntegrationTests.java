package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.platform.HostileRequests.Case;
import io.tierdesk.ApiTestSupport.User;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * API.md: "never a 500 for anything a client can send". Hundreds of bad requests
 * generated from the served OpenAPI document (see {@link HostileRequests}); each must get
 * a client error or success, and every error must be problem+json.
 */
class HostileInputIntegrationTests extends ApiTestSupport {

	/** Fixed, so a failure is reproduced by running the test again. */
	private static final long SEED = 20261124L;

	/**
	 * Tried and failed requests per class of input, for docs/reliability.md: one row per
	 * class and database, the other database's rows kept.
	 */
	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void noRequestMadeFromTheApiDocumentGetsA5xxAndEveryErrorIsAProblem() {
		var document = anonymous().get("/v3/api-docs").json();
		User requester = newRequester();
		Map<String, Long> existing = Map.of("users", newAgent().id(), "tickets",
				openTicket(requester, "Hostile input lands here").get("id").asLong(), "calendars", calendar());
		List<Case> cases = new HostileRequests(document, SEED, ADMIN_TOKEN, existing).all();
		JsonNode banner = anonymous().get("/api/v1/banner").json();

		Map<Case, @Nullable String> verdicts = new LinkedHashMap<>();
		try {
			cases.forEach(hostile -> verdicts.put(hostile, verdict(hostile)));
		}
		finally {
			// Every request is an admin's: put back the one setting a plausible one
			// changes.
			admin().put("/api/v1/banner", Map.of("text", banner.get("text").asString(), "acceptanceRequired",
					banner.get("acceptanceRequired").asBoolean()));
		}
		Map<String, int[]> counts = countsPerClass(verdicts);

		List<String> wrong = verdicts.values().stream().filter(Objects::nonNull).toList();
		assertThat(cases).hasSizeGreaterThan(2000);
		assertThat(wrong).as("%d of %d requests answered wrongly", wrong.size(), cases.size()).isEmpty();
		var reliability = new ReliabilityReport("hostile-input");
		counts.forEach((kind, count) -> reliability.record(kind, count[0], count[1]));
		reliability.check();
	}

	/** A 24×7 calendar, so hostile times reach the business-time arithmetic. */
	private long calendar() {
		List<List<String>> day = List.of(List.of("00:00", "24:00"));
		var created = admin().post("/api/v1/sla/calendars",
				Map.of("name", "Hostile " + java.util.UUID.randomUUID(), "timeZone", "UTC", "hours",
						Map.of("MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day, "FRIDAY", day,
								"SATURDAY", day, "SUNDAY", day)));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	@Test
	void searchForTextWithNulIsRefusedNamingTheParameter() {
		var response = admin().get("/api/v1/tickets?q=a%00b");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
	}

	@Test
	void textWithAControlCharacterIsRefusedNamingTheField() {
		// ESC starts a terminal escape sequence (this one clears the screen).
		var response = newRequester().api()
			.post("/api/v1/tickets", Map.of("subject", "Printer \033[2J", "description", "x"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("subject");
	}

	@Test
	void tabsAndLineBreaksAreText() {
		var response = newRequester().api()
			.post("/api/v1/tickets", Map.of("subject", "Tab\there", "description", "Line one\r\nline two"));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("description").asString()).isEqualTo("Line one\r\nline two");
	}

	@Test
	void aTokenThatExpiresAfterTheYear9999IsRefusedNamingTheField() {
		var response = admin().post("/api/v1/users/" + newAgent().id() + "/tokens",
				Map.of("name", "far", "expiresAt", "+1000000000-01-01T00:00:00Z"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");
	}

	@Test
	void aListHoldingNullIsRefusedNamingTheElement() {
		var response = admin().post("/api/v1/users", Map.of("email", "nulls-" + System.nanoTime() + "@example.org",
				"name", "Nulls", "role", "AGENT", "teams", java.util.Arrays.asList((Object) null)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("teams[0]");
	}

	@Test
	void aPageRefusesAControlCharacterWithAPageSayingSo() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in?error=%00"))
			.header("Accept", "text/html")
			.build();

		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.body()).contains("control character U+0000");
	}

	@Test
	void unknownApiPathIsA404Problem() {
		var response = admin().get("/api/v1/no-such-resource");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("instance").asString()).isEqualTo("/api/v1/no-such-resource");
	}

	@Test
	void wrongMethodIsA405ProblemNamingTheAllowedOnes() {
		var response = admin().delete("/api/v1/tickets");

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Allow")).contains("GET").contains("POST");
	}

	@Test
	void contentTypeNoMappingTakesIsA415Problem() {
		var response = admin().raw("POST", "/api/v1/tickets/1/messages", "text/plain", "hello".getBytes());

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	/**
	 * Null when the answer is right: below 500, problem+json if an error, a 400 if it
	 * must be refused; otherwise what was sent and what came back.
	 */
	private @Nullable String verdict(Case hostile) {
		RawHttp.Answer answer = hostile.needsRawSocket()
				? new RawHttp(port).send(hostile.method(), hostile.path(), headersOf(hostile), hostile.body())
				: send(hostile);
		int status = answer.status();
		boolean right = status >= 100 && hostile.expect().allows(status)
				&& (status < 400 || answer.contentType().startsWith("application/problem+json"));
		String body = answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body();
		return right ? null : hostile + " -> " + status + " " + answer.contentType() + " " + body;
	}

	private static Map<String, String> headersOf(Case hostile) {
		Map<String, String> headers = new LinkedHashMap<>(hostile.headers());
		if (hostile.authorization() != null) {
			headers.put("Authorization", hostile.authorization());
		}
		if (hostile.contentType() != null) {
			headers.put("Content-Type", hostile.contentType());
		}
		return headers;
	}

	/** Tried and failed requests per class of input, by name. */
	private static Map<String, int[]> countsPerClass(Map<Case, @Nullable String> verdicts) {
		Map<String, int[]> counts = new TreeMap<>();
		verdicts.forEach((hostile, wrong) -> {
			int[] count = counts.computeIfAbsent(hostile.kind(), kind -> new int[2]);
			count[0]++;
			count[1] += wrong == null ? 0 : 1;
		});
		return counts;
	}

	private RawHttp.Answer send(Case hostile) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + hostile.path()))
			.method(hostile.method(), HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
		if (hostile.authorization() != null) {
			request.header("Authorization", hostile.authorization());
		}
		if (hostile.contentType() != null) {
			request.header("Content-Type", hostile.contentType());
		}
		hostile.headers().forEach(request::header);
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new RawHttp.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(hostile.toString(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
