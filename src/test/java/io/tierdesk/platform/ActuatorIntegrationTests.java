package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * What a load balancer needs without credentials (health), and a Prometheus server with
 * its scrape token (metrics).
 */
class ActuatorIntegrationTests extends ApiTestSupport {

	@Test
	void healthIsUpWhenTheApplicationIsReady() {
		var health = anonymous().get("/actuator/health");
		var readiness = anonymous().get("/actuator/health/readiness");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusScrapeWithTheScrapeTokenServesJvmAndHttpMetrics() {
		anonymous().get("/api/v1/banner");

		var scrape = anonymous().as("test-scrape-token-0123456789").get("/actuator/prometheus");

		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.header("Content-Type")).startsWith("text/plain");
		assertThat(scrape.text()).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds_count");
	}

	@Test
	void metricsAreClosedToAnonymousCallersAndOpenToAnAdminsToken() {
		var anonymous = anonymous().get("/actuator/prometheus");
		var agent = newAgent().api().get("/actuator/prometheus");
		var wrongToken = anonymous().as("not-the-scrape-token").get("/actuator/prometheus");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
		assertThat(wrongToken.status()).isEqualTo(401);
		assertThat(agent.status()).isEqualTo(403);
		assertThat(admin().get("/actuator/prometheus").status()).isEqualTo(200);
	}

}
