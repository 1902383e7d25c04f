package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.platform.HostileRequests.Case;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * API.md: "never a 500 for anything a client can send". Hundreds of bad requests
 * generated from the served OpenAPI document (see {@link HostileRequests}); each must get
 * a client error or success, and every error must be problem+json.
 */
class HostileInputIntegrationTests extends ApiTestSupport {

	/** Fixed, so a failure is reproduced by running the test again. */
	private static final long SEED = 20261124L;

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void noRequestMadeFromTheApiDocumentGetsA5xxAndEveryErrorIsAProblem() {
		var document = anonymous().get("/v3/api-docs").json();
		String requesterToken = newRequester().api().token();
		List<Case> cases = new HostileRequests(document, SEED, ADMIN_TOKEN, requesterToken).all();

		List<String> wrong = cases.stream().map(this::verdict).filter(Objects::nonNull).toList();

		assertThat(cases).hasSizeGreaterThan(300);
		assertThat(wrong).as("%d of %d requests answered wrongly", wrong.size(), cases.size()).isEmpty();
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

	/** Null when the answer is right; otherwise what was sent and what came back. */
	private @Nullable String verdict(Case hostile) {
		HttpResponse<String> response = send(hostile);
		String type = response.headers().firstValue("Content-Type").orElse("");
		boolean right = response.statusCode() < 500 && (response.statusCode() < 400 || hostile.refusedByContainer()
				|| type.startsWith("application/problem+json"));
		String body = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
		return right ? null : hostile + " -> " + response.statusCode() + " " + type + " " + body;
	}

	private HttpResponse<String> send(Case hostile) {
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
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
