package io.tierdesk.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tierdesk.bootstrap.*}: the first admin, created only while the database has no
 * user.
 */
@ConfigurationProperties("tierdesk.bootstrap")
record BootstrapSettings(@DefaultValue("admin@tierdesk.local") String adminEmail, @Nullable String adminPassword,
		@Nullable String adminToken) {
}
