package io.tierdesk;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The PostgreSQL of the test run (application-test-postgres.yml: the URL in
 * {@code TIERDESK_TEST_POSTGRES_URL} or the machine's "test" database), with another
 * schema.
 */
public final class PostgresSchema {

	private PostgresSchema() {
	}

	/**
	 * The test run's URL without its currentSchema parameter; other parameters stay.
	 */
	public static String serverUrl() {
		String url = env("TIERDESK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		int query = url.indexOf('?');
		if (query < 0) {
			return url;
		}
		String parameters = Arrays.stream(url.substring(query + 1).split("&"))
			.filter((parameter) -> !parameter.startsWith("currentSchema="))
			.collect(Collectors.joining("&"));
		return url.substring(0, query) + (parameters.isEmpty() ? "" : "?" + parameters);
	}

	public static String urlFor(String schema) {
		String url = serverUrl();
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	public static String user() {
		return env("TIERDESK_TEST_POSTGRES_USER", "postgres");
	}

	public static String password() {
		return env("TIERDESK_TEST_POSTGRES_PASSWORD", "");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
