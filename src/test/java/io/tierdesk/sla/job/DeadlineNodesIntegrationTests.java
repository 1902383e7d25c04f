package io.tierdesk.sla.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.tierdesk.ApiClient;
import io.tierdesk.ChildApplication;
import io.tierdesk.PostgresSchema;
import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;
import io.tierdesk.ticket.Priority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 11: each warning and breach acts exactly once, also with two application nodes on
 * one PostgreSQL database polling the same timers. Tierdesk runs as real processes
 * ({@link ChildApplication}) on the real clock; the test schedules deadlines a few
 * seconds ahead as the clock would (through {@link DeadlineTimers} on the same database),
 * waits until every timer has run and every event is delivered, then counts the effects.
 * On the embedded H2 default (one process owns the file) it is one node.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DeadlineNodesIntegrationTests {

	private static final String ADMIN_TOKEN = "td_nodes_admin_token_0123456789";

	private static final int TICKETS = 20;

	private static final Duration HORIZON = Duration.ofSeconds(6);

	private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	private final Path work = Path.of("target", "node-tests", this.run).toAbsolutePath();

	private final boolean postgres = System.getProperty("tierdesk.test.database", "h2")
		.toLowerCase(Locale.ROOT)
		.equals("postgres");

	private final String schema = "nodes_" + this.run;

	private final List<ChildApplication> nodes = new ArrayList<>();

	@AfterEach
	void stopNodesAndDropSchema() throws Exception {
		for (ChildApplication node : this.nodes) {
			node.kill();
		}
		if (this.postgres) {
			try (var connection = DriverManager.getConnection(PostgresSchema.serverUrl(), PostgresSchema.user(),
					PostgresSchema.password()); var statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + this.schema + " cascade");
			}
		}
	}

	@Test
	void eachWarningAndBreachActsOnceAcrossTheNodes() throws Exception {
		Files.createDirectories(this.work);
		ChildApplication first = start("first");
		ChildApplication second = this.postgres ? start("second") : first;
		ApiClient admin = first.api(ADMIN_TOKEN);
		Desk desk = newDesk(admin);
		// The only policy, so also the default: the tickets' own clocks run on it (an
		// hour
		// to the first response), and the test schedules earlier deadlines by hand.
		long policy = SlaPolicyFixtures.policy(admin, SlaPolicyFixtures.organisation(admin), 60, 240,
				SlaPolicyFixtures.actions(List.of("NOTIFY_ASSIGNEE"), List.of("NOTIFY_ASSIGNEE", "RAISE_PRIORITY")));
		List<Long> tickets = openTickets(second.api(ADMIN_TOKEN), desk);
		DataSource database = database();
		DeadlineTimers timers = timersOn(database);
		JdbcClient jdbc = JdbcClient.create(database);
		// Every event delivered: the clocks have scheduled their own deadlines, and no
		// recompute replaces the ones scheduled here (one per ticket, target and kind).
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> count(jdbc, "select count(*) from event_publication") == 0);

		Instant warn = Instant.now().plus(HORIZON);
		var basis = new DeadlineBasis(policy, Priority.P3, "Around the clock", ZoneOffset.UTC);
		for (long ticket : tickets) {
			timers.schedule(new Deadline(ticket, SlaTarget.RESOLUTION, DeadlineKind.WARNING, warn), basis);
			timers.schedule(new Deadline(ticket, SlaTarget.RESOLUTION, DeadlineKind.BREACH, warn.plusSeconds(2)),
					basis);
		}

		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			assertThat(count(jdbc, "select count(*) from scheduled_tasks where execution_time <= current_timestamp"))
				.as("timers due and still to run")
				.isZero();
			assertThat(count(jdbc, "select count(*) from sla_deadline_fired")).as("deadlines fired")
				.isGreaterThanOrEqualTo(2 * TICKETS);
			assertThat(count(jdbc, "select count(*) from event_publication")).as("events still to deliver").isZero();
		});
		for (long ticket : tickets) {
			List<String> notes = slaNotes(second.api(ADMIN_TOKEN), ticket);
			assertThat(notes).as("SLA notes on TD-%d", ticket).hasSize(2);
			assertThat(first.api(ADMIN_TOKEN).get("/api/v1/tickets/" + ticket).json().get("priority").asString())
				.as("priority of TD-%d, raised once", ticket)
				.isEqualTo("P2");
		}
		assertThat(desk.agent().get("/api/v1/notifications?size=200").json().get("total").asInt())
			.as("the assignee's notifications: a warning and a breach per ticket")
			.isEqualTo(2 * TICKETS);
		assertThat(count(jdbc, "select count(*) from sla_deadline_fired")).isEqualTo(2 * TICKETS);
	}

	private ChildApplication start(String name) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("--tierdesk.data-dir=" + this.work.resolve("data"),
				"--tierdesk.bootstrap.admin-token=" + ADMIN_TOKEN,
				"--tierdesk.bootstrap.admin-password=nodes-test-password-" + this.run,
				"--tierdesk.rate-limit.per-token=1000000", "--tierdesk.rate-limit.per-source=1000000",
				"--tierdesk.sla.timer-poll=100ms"));
		if (this.postgres) {
			arguments.addAll(List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + PostgresSchema.urlFor(this.schema),
					"--spring.datasource.username=" + PostgresSchema.user(),
					"--spring.datasource.password=" + PostgresSchema.password(),
					"--spring.flyway.schemas=" + this.schema, "--spring.flyway.default-schema=" + this.schema));
		}
		else {
			arguments.add("--spring.datasource.url=" + h2Url());
		}
		ChildApplication node = ChildApplication.start(this.work.resolve(name + ".log"), arguments);
		this.nodes.add(node);
		return node.awaitHealthy();
	}

	/**
	 * The node's embedded database, opened in H2's mixed mode so that this test can open
	 * it too while the node runs.
	 */
	private String h2Url() {
		return "jdbc:h2:file:" + this.work.resolve("data/db/tierdesk")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
	}

	private DataSource database() {
		return this.postgres ? new DriverManagerDataSource(PostgresSchema.urlFor(this.schema), PostgresSchema.user(),
				PostgresSchema.password()) : new DriverManagerDataSource(h2Url(), "sa", "");
	}

	/** The clock's door to the timers, on the nodes' database (it only writes rows). */
	private static DeadlineTimers timersOn(DataSource database) {
		JdbcClient jdbc = JdbcClient.create(database);
		DeadlineTask task = new DeadlineTask(null);
		return new DeadlineTimers(new ScheduledDeadlines(jdbc), new FiredDeadlines(jdbc),
				SchedulerClient.Builder.create(database, task.task()).build(), task);
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** A tier-1 team with an agent who can read their notifications. */
	private static Desk newDesk(ApiClient admin) {
		long team = admin.post("/api/v1/teams", Map.of("name", "Nodes", "model", "TIERED", "tier", 1))
			.json()
			.get("id")
			.asLong();
		long agent = admin
			.post("/api/v1/users", Map.of("email", "nodes-agent@example.org", "name", "Node Agent", "role", "AGENT"))
			.json()
			.get("id")
			.asLong();
		assertThat(admin.put("/api/v1/teams/" + team + "/members/" + agent, Map.of()).status()).isEqualTo(200);
		String token = admin.post("/api/v1/users/" + agent + "/tokens", Map.of("name", "nodes"))
			.json()
			.get("token")
			.asString();
		return new Desk(team, agent, admin.as(token));
	}

	private static List<Long> openTickets(ApiClient admin, Desk desk) {
		List<Long> tickets = new ArrayList<>();
		for (int i = 0; i < TICKETS; i++) {
			var created = admin.post("/api/v1/tickets", Map.of("subject", "Due soon " + i, "description", "x",
					"requesterEmail", "nodes-requester@example.org"));
			assertThat(created.status()).as("%s", created).isEqualTo(201);
			long id = created.json().get("id").asLong();
			var routed = admin.patch("/api/v1/tickets/" + id,
					Map.of("version", 0, "teamId", desk.team(), "assigneeId", desk.agentId()));
			assertThat(routed.status()).as("%s", routed).isEqualTo(200);
			tickets.add(id);
		}
		return tickets;
	}

	private static List<String> slaNotes(ApiClient admin, long ticket) {
		return admin.get("/api/v1/tickets/" + ticket + "/timeline")
			.json()
			.valueStream()
			.filter(item -> "SLA".equals(item.path("by").asString("")) && item.path("message").isObject())
			.map(item -> item.path("message").path("body").asString())
			.toList();
	}

	private record Desk(long team, long agentId, ApiClient agent) {
	}

}
