package io.tierdesk;

import java.time.Instant;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application under test runs on a {@link MutableClock}; on PostgreSQL the schema
 * starts clean each run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	public static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(START);
	}

	/**
	 * Cleans once per test JVM, not per application context: contexts are cached and
	 * share the database, and a clean under a live context would reset sequences it has
	 * already drawn blocks of ids from.
	 */
	@Bean
	@ConditionalOnProperty("tierdesk.test.clean-database")
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			if (CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

	private static final java.util.concurrent.atomic.AtomicBoolean CLEANED = new java.util.concurrent.atomic.AtomicBoolean();

}
