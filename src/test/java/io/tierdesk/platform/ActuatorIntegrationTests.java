package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** What a load balancer and a Prometheus server need, without credentials. */
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
	void prometheusScrapeServesJvmAndHttpMetrics() {
		anonymous().get("/api/v1/banner");

		var scrape = anonymous().get("/actuator/prometheus");

		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.header("Content-Type")).startsWith("text/plain");
		assertThat(scrape.text()).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds_count");
	}

}
