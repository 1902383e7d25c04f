package io.tierdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import io.tierdesk.platform.ReliabilityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;

/**
 * Issue 9: a ticket answered 201 survives a {@code kill -9} of the application, and after
 * the crash no ticket id is handed out again. Tierdesk runs in a child JVM
 * ({@link ChildApplication}) on the embedded default (an H2 file database in a fresh data
 * directory) or, in the PostgreSQL Surefire run, on a schema of its own that is dropped
 * afterwards. Parallel clients create tickets, the JVM is killed while requests are in
 * flight, and the restarted application must show every acknowledged ticket.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class CrashIntegrationTests {

	private static final String ADMIN_TOKEN = "td_crash_admin_token_0123456789";

	private static final int CLIENTS = 8;

	/** Kill once this many creates were answered 201 (the others are still in flight). */
	private static final int KILL_AFTER = 150;

	/** Upper bound on creates sent, whatever happens. */
	private static final int MAX_CREATES = 600;

	private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	private final Path work = Path.of("target", "crash-tests", this.run).toAbsolutePath();

	private final boolean postgres = System.getProperty("tierdesk.test.database", "h2")
		.toLowerCase(Locale.ROOT)
		.equals("postgres");

	private final String schema = "crash_" + this.run;

	private final List<ChildApplication> started = new ArrayList<>();

	@AfterEach
	void stopApplicationAndDropSchema() throws Exception {
		for (ChildApplication application : this.started) {
			application.kill();
		}
		if (this.postgres) {
			try (var connection = DriverManager.getConnection(PostgresSchema.serverUrl(), PostgresSchema.user(),
					PostgresSchema.password()); var statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + this.schema + " cascade");
			}
		}
	}

	@Test
	void acknowledgedTicketsSurviveKillAndTheirIdsAreNeverHandedOutAgain() throws Exception {
		Files.createDirectories(this.work);
		ChildApplication first = start("first");
		String requester = requesterToken(first);

		Map<Long, String> acknowledged = createUntilKilled(first, requester);

		ChildApplication second = start("second");
		List<String> lost = missingOrChanged(second, requester, acknowledged);
		long highest = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
		List<Long> afterTheCrash = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			afterTheCrash.add(createTicket(second, requester, "after the crash " + i).get("id").asLong());
		}

		// How many creates were answered before the kill varies: the report counts
		// crashes.
		var report = new ReliabilityReport("durability");
		report.record("kill -9 during a burst of creates: every acknowledged ticket there", 1, lost.isEmpty() ? 0 : 1);
		report.record("tickets created after that crash: a new id each", afterTheCrash.size(),
				(int) afterTheCrash.stream().filter(id -> id <= highest).count());
		report.check();
		assertThat(lost).as("acknowledged tickets lost by the crash (of %d)", acknowledged.size()).isEmpty();
		assertThat(afterTheCrash).as("ids of tickets created after the crash")
			.allSatisfy(id -> assertThat(id).isGreaterThan(highest));
		if (!this.postgres) {
			assertOwnerOnly(this.work.resolve("data"), "rwx------");
			assertOwnerOnly(this.work.resolve("data/db/tierdesk.mv.db"), "rw-------");
		}
	}

	/**
	 * Issue 9, operations: what the running application made of a fresh data directory.
	 */
	private static void assertOwnerOnly(Path path, String permissions) throws IOException {
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as("permissions of %s", path)
			.isEqualTo(permissions);
	}

	/**
	 * Creates tickets from parallel clients, kills the JVM mid-burst; returns id →
	 * subject of every 201.
	 */
	private Map<Long, String> createUntilKilled(ChildApplication application, String token) throws Exception {
		Map<Long, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger sent = new AtomicInteger();
		CountDownLatch enough = new CountDownLatch(KILL_AFTER);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int c = 0; c < CLIENTS; c++) {
				clients.execute(() -> {
					int n;
					while ((n = sent.incrementAndGet()) <= MAX_CREATES) {
						String subject = "burst " + this.run + " #" + n;
						try {
							var response = application.send(post(application, token, "/api/v1/tickets",
									"{\"subject\":\"" + subject + "\",\"description\":\"written before the crash\"}"));
							if (response.statusCode() == 201) {
								acknowledged.put(ApiClient.JSON.readTree(response.body()).get("id").asLong(), subject);
								enough.countDown();
							}
						}
						catch (IOException ex) {
							return; // the server is gone
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				});
			}
			assertThat(enough.await(3, TimeUnit.MINUTES)).as("%d creates answered 201 in time", KILL_AFTER).isTrue();
			application.kill();
		}
		finally {
			clients.shutdownNow();
			assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).as("clients stopped").isTrue();
		}
		return new TreeMap<>(acknowledged);
	}

	private List<String> missingOrChanged(ChildApplication application, String token, Map<Long, String> acknowledged)
			throws Exception {
		List<String> lost = new ArrayList<>();
		for (var ticket : acknowledged.entrySet()) {
			var response = application
				.send(HttpRequest.newBuilder(application.uri("/api/v1/tickets/" + ticket.getKey()))
					.header("Authorization", "Bearer " + token)
					.GET());
			if (response.statusCode() != 200) {
				lost.add("TD-" + ticket.getKey() + ": " + response.statusCode());
			}
			else if (!ApiClient.JSON.readTree(response.body()).get("subject").asString().equals(ticket.getValue())) {
				lost.add("TD-" + ticket.getKey() + ": subject " + response.body());
			}
		}
		return lost;
	}

	private ChildApplication start(String name) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("--tierdesk.data-dir=" + this.work.resolve("data"),
				"--tierdesk.bootstrap.admin-token=" + ADMIN_TOKEN,
				"--tierdesk.bootstrap.admin-password=crash-test-password-" + this.run,
				// The burst comes from one token: never slowed by the rate limit.
				"--tierdesk.rate-limit.per-token=1000000", "--tierdesk.rate-limit.per-source=1000000"));
		if (this.postgres) {
			arguments.addAll(List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + PostgresSchema.urlFor(this.schema),
					"--spring.datasource.username=" + PostgresSchema.user(),
					"--spring.datasource.password=" + PostgresSchema.password(),
					"--spring.flyway.schemas=" + this.schema, "--spring.flyway.default-schema=" + this.schema));
		}
		ChildApplication application = ChildApplication.start(this.work.resolve(name + ".log"), arguments);
		this.started.add(application);
		return application.awaitHealthy();
	}

	private String requesterToken(ChildApplication application) throws Exception {
		String email = "crash-" + this.run + "@example.org";
		var user = send(application, ADMIN_TOKEN, "/api/v1/users",
				"{\"email\":\"" + email + "\",\"name\":\"Crash Requester\",\"role\":\"REQUESTER\"}");
		return send(application, ADMIN_TOKEN, "/api/v1/users/" + user.get("id").asLong() + "/tokens",
				"{\"name\":\"crash\"}")
			.get("token")
			.asString();
	}

	private JsonNode createTicket(ChildApplication application, String token, String subject) throws Exception {
		return send(application, token, "/api/v1/tickets",
				"{\"subject\":\"" + subject + "\",\"description\":\"written after the crash\"}");
	}

	private static JsonNode send(ChildApplication application, String token, String path, String json)
			throws Exception {
		var response = application.send(post(application, token, path, json));
		assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(response.body());
	}

	private static HttpRequest.Builder post(ChildApplication application, String token, String path, String json) {
		return HttpRequest.newBuilder(application.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
	}

}
