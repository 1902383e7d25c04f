package io.tierdesk;

import java.util.Locale;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles of a test run: always {@code test}; plus {@code test-postgres} when the
 * run is for PostgreSQL (system property {@code tierdesk.test.database=postgres}, set by
 * the second Surefire execution in the pom).
 * <p>
 * That second execution runs every test again except those tagged with one of the two
 * tags below, so a new test that uses the database runs on PostgreSQL without anyone
 * having to remember it; tests without Spring take milliseconds, so running them twice
 * costs nothing worth a tag.
 */
public class DatabaseProfiles implements ActiveProfilesResolver {

	/**
	 * Opens no database connection (architecture checks, web slices with mocked
	 * services): a run on PostgreSQL would repeat it unchanged.
	 */
	public static final String NO_DATABASE = "no-database";

	/**
	 * Pins its own embedded H2 database (the demo desk, which must start empty): it would
	 * not touch PostgreSQL if run there.
	 */
	public static final String OWN_H2_DATABASE = "own-h2-database";

	@Override
	public String[] resolve(Class<?> testClass) {
		String database = System.getProperty("tierdesk.test.database", "h2").toLowerCase(Locale.ROOT);
		return database.equals("postgres") ? new String[] { "test", "test-postgres" } : new String[] { "test" };
	}

}
