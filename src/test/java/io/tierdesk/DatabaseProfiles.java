package io.tierdesk;

import java.util.Locale;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles of a test run: always {@code test}; plus {@code test-postgres} when the
 * run is for PostgreSQL (system property {@code tierdesk.test.database=postgres}, set by
 * the second Surefire execution in the pom).
 */
public class DatabaseProfiles implements ActiveProfilesResolver {

	@Override
	public String[] resolve(Class<?> testClass) {
		String database = System.getProperty("tierdesk.test.database", "h2").toLowerCase(Locale.ROOT);
		return database.equals("postgres") ? new String[] { "test", "test-postgres" } : new String[] { "test" };
	}

}
