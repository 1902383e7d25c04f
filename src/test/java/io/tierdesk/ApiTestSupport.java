package io.tierdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * Base of the API integration tests: the whole application on a random port, on H2 by
 * default or on PostgreSQL when the {@code test-postgres} profile is active too (the
 * second Surefire run). Tests make their own users with unique emails, so they share one
 * application context and never depend on each other's rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@Import(TestClockConfiguration.class)
public abstract class ApiTestSupport {

	protected static final String ADMIN_TOKEN = "td_test_admin_token_0123456789";

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient database;

	protected ApiClient admin() {
		return new ApiClient(port, ADMIN_TOKEN);
	}

	/**
	 * Waits until every event is delivered to its listeners after commit (the registry
	 * deletes a publication when it completes): then what the SLA module does with a new
	 * ticket is done, and a test may set what it checks without a listener racing it.
	 */
	protected void awaitEventsDelivered() {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> database.sql("select count(*) from event_publication").query(Long.class).single() == 0);
	}

	protected ApiClient anonymous() {
		return new ApiClient(port, "");
	}

	/** The password of the users made with {@link #newSignedUpUser}. */
	protected static final String PASSWORD = "a-long-enough-passphrase-42";

	/** A new user of that role with an API token; returns a client acting as them. */
	protected User newUser(String role) {
		return newUser(role, Map.of());
	}

	/**
	 * A new user of that role who can also sign in to the web pages with
	 * {@link #PASSWORD} (see {@link #browserOf}).
	 */
	protected User newSignedUpUser(String role) {
		return newUser(role, Map.of("password", PASSWORD));
	}

	/**
	 * The same, with a name of its own (a page shows it, "Test AGENT" would read as a
	 * code).
	 */
	protected User newSignedUpUser(String role, String name) {
		return newUser(role, Map.of("password", PASSWORD, "name", name));
	}

	/** A signed-in browser session of a user made with {@link #newSignedUpUser}. */
	protected PageSession browserOf(User user) {
		return new PageSession(port).signIn(user.email(), PASSWORD);
	}

	private User newUser(String role, Map<String, String> extra) {
		String email = role.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
		var fields = new java.util.HashMap<String, Object>(
				Map.of("email", email, "name", "Test " + io.tierdesk.platform.Words.of(role), "role", role));
		fields.putAll(extra);
		var created = admin().post("/api/v1/users", fields);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		long id = created.json().get("id").asLong();
		String token = admin().post("/api/v1/users/" + id + "/tokens", Map.of("name", "test"))
			.json()
			.get("token")
			.asString();
		return new User(id, email, new ApiClient(port, token));
	}

	/** A new organisation that shares its tickets among its members, or not. */
	protected long newOrganisation(boolean sharesTickets) {
		var created = admin().post("/api/v1/organisations",
				Map.of("name", "Organisation " + UUID.randomUUID(), "sharesTickets", sharesTickets));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** The user, now a member of that organisation. */
	protected User joined(User user, long organisation) {
		var changed = admin().patch("/api/v1/users/" + user.id(), Map.of("organisationId", organisation));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		return user;
	}

	protected User newRequester() {
		return newUser("REQUESTER");
	}

	protected User newAgent() {
		return newUser("AGENT");
	}

	protected JsonNode openTicket(User requester, String subject) {
		var response = requester.api().post("/api/v1/tickets", Map.of("subject", subject, "description", "details"));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json();
	}

	public record User(long id, String email, ApiClient api) {
	}

}
