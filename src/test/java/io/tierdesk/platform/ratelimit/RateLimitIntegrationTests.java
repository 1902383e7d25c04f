package io.tierdesk.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.tierdesk.ApiClient;
import io.tierdesk.ApiClient.Response;
import io.tierdesk.ApiTestSupport;
import io.tierdesk.platform.ReliabilityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Small limits of its own (one application context just for this class): a token, a
 * source address and sign-in each get refused with 429 and a {@code Retry-After} when
 * they send too much, and served again once the window has refilled their bucket.
 */
@TestPropertySource(properties = { "tierdesk.rate-limit.per-source=60", "tierdesk.rate-limit.per-token=6",
		"tierdesk.rate-limit.sign-in-per-source=3", "tierdesk.rate-limit.window=1m" })
class RateLimitIntegrationTests extends ApiTestSupport {

	private static final ReliabilityReport REPORT = new ReliabilityReport("rate-limits");

	@AfterAll
	static void figuresInTheReliabilityReport() {
		REPORT.check();
	}

	@BeforeEach
	void everyBucketFull() {
		clock.advance(Duration.ofMinutes(5));
	}

	@Test
	void aTokenThatSendsTooMuchIsAnswered429WithRetryAfterAndServedAgainLater() {
		ApiClient requester = newRequester().api();
		for (int i = 0; i < 6; i++) {
			assertThat(requester.get("/api/v1/me").status()).isEqualTo(200);
		}

		Response refused = requester.get("/api/v1/me");
		REPORT.record("one token over its budget: 429, Retry-After, problem+json", 1, refusedRightly(refused) ? 0 : 1);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.header("Retry-After")).isEqualTo("10");
		assertThat(refused.json().get("detail").asString())
			.isEqualTo("Too many requests with this API token: at most 6 in a minute. Try again in 10 seconds.");
		assertThat(refused.json().get("instance").asString()).isEqualTo("/api/v1/me");
		assertThat(admin().get("/api/v1/me").status()).as("another token is not slowed").isEqualTo(200);

		clock.advance(Duration.ofSeconds(10));
		assertThat(requester.get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void madeUpTokensEachGetABucketButAllDrainTheirSourceAddress() {
		int served = 0;
		Response last;
		do {
			last = new ApiClient(port, "td_made_up_" + UUID.randomUUID()).get("/api/v1/me");
			served++;
		}
		while (last.status() == 401 && served < 100);

		REPORT.record("made-up tokens from one address: 429 once the address's budget is spent", served,
				served == 61 && refusedRightly(last) ? 0 : 1);
		assertThat(last.status()).isEqualTo(429);
		assertThat(served).isEqualTo(61);
		assertThat(last.json().get("detail").asString()).startsWith("Too many requests from this address: at most 60");
		assertThat(anonymous().get("/css/tierdesk.css").status()).as("static files are never limited").isEqualTo(200);
		assertThat(anonymous().get("/actuator/health").status()).as("nor is health").isEqualTo(200);
	}

	@Test
	void signInIsLimitedMoreStrictlyAndTheBrowserGetsAPageThatSaysWhy() {
		for (int i = 0; i < 3; i++) {
			assertThat(signIn().status()).isNotEqualTo(429);
		}

		Response refused = signIn();
		REPORT.record("sign-ins from one address over the stricter budget: 429 page", 4,
				refused.status() == 429 && refused.header("Retry-After") != null ? 0 : 1);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("text/html");
		assertThat(refused.header("Retry-After")).isEqualTo("20");
		assertThat(refused.text()).contains("Too many sign-in attempts from this address: at most 3 in a minute.")
			.contains("Try again in 20 seconds.");
	}

	private static boolean refusedRightly(Response response) {
		return response.status() == 429 && response.header("Retry-After") != null
				&& response.header("Content-Type").startsWith("application/problem+json");
	}

	private Response signIn() {
		return anonymous().raw("POST", "/sign-in", "application/x-www-form-urlencoded",
				"username=nobody%40example.org&password=wrong".getBytes());
	}

}
