package io.tierdesk.identity.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tierdesk.metrics.scrape-token}: a secret Prometheus presents as a bearer token
 * to read {@code /actuator/prometheus}. Without one, only an admin's API token may read
 * the metrics: they name the JVM and count every request, which strangers need not know.
 */
@ConfigurationProperties("tierdesk.metrics")
record MetricsSettings(@Nullable String scrapeToken) {
}
