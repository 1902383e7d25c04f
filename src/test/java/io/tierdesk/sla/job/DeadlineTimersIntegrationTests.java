package io.tierdesk.sla.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.tierdesk.ApiTestSupport;
import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;
import io.tierdesk.ticket.Priority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Warnings and breaches through the persistent timers: the clock schedules, the timer
 * fires when the (test's) clock passes the due instant, the policy's actions run once,
 * and a deadline the clock stopped or moved does nothing.
 */
class DeadlineTimersIntegrationTests extends ApiTestSupport {

	private static final String BREACH_WORDS = "Resolution target breached";

	@Autowired
	DeadlineTimers timers;

	@Autowired
	DeadlineFiring firing;

	@Autowired
	DeadlineScheduling.DeadlinePolling polling;

	@Autowired
	SchedulerClient scheduled;

	@Test
	void breachRunsThePolicysActionsOnceWhenDue() {
		Desk desk = newDesk(Map.of("warning", List.of(), "breach",
				List.of(Map.of("action", "NOTIFY_ASSIGNEE"), Map.of("action", "RAISE_PRIORITY"))));
		var deadline = new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.BREACH,
				clock.instant().plus(Duration.ofHours(2)));

		timers.schedule(deadline, basis(desk.policy()));
		clock.advance(Duration.ofHours(2));

		awaitFired(deadline);
		assertThat(slaNotes(desk.ticket())).singleElement().asString().startsWith(BREACH_WORDS + ": due ");
		assertThat(ticket(desk.ticket()).get("priority").asString()).isEqualTo("P2");
		assertThat(ticket(desk.ticket()).get("priorityReason").asString()).contains("resolution target breached");
		awaitNotifications(desk.agent(), 1);
	}

	@Test
	void aSecondRunOfAFiredDeadlineDoesNothing() {
		Desk desk = newDesk(Map.of("warning", List.of(), "breach", List.of(Map.of("action", "RAISE_PRIORITY"))));
		var deadline = new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.BREACH,
				clock.instant().plus(Duration.ofMinutes(30)));
		timers.schedule(deadline, basis(desk.policy()));
		clock.advance(Duration.ofMinutes(30));
		awaitFired(deadline);

		firing.fire(deadline);
		firing.fire(deadline);

		assertThat(slaNotes(desk.ticket())).hasSize(1);
		assertThat(ticket(desk.ticket()).get("priority").asString()).as("raised one step, once").isEqualTo("P2");
	}

	@Test
	void warningNotifiesTheTeamAndNamesWhenTheTargetIsDue() {
		Desk desk = newDesk(Map.of("warning", List.of(Map.of("action", "NOTIFY_TEAM")), "breach", List.of()));
		clock.set(Instant.parse("2026-11-24T10:00:00Z"));
		Instant due = clock.instant().plus(Duration.ofHours(4));
		var warning = new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.WARNING,
				due.minus(Duration.ofHours(1)));
		timers.schedule(new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.BREACH, due),
				basis(desk.policy()));
		timers.schedule(warning, basis(desk.policy()));

		clock.advance(Duration.ofHours(3));

		awaitFired(warning);
		assertThat(slaNotes(desk.ticket())).singleElement()
			.asString()
			.isEqualTo("Resolution target warning reached: due Tue 24 Nov 14:00 UTC, P3 on Around the clock");
		JsonNode notifications = awaitNotifications(desk.agent(), 1);
		assertThat(notifications.get("items").get(0).get("text").asString()).startsWith("TD-" + desk.ticket())
			.endsWith("Resolution target warning reached: due Tue 24 Nov 14:00 UTC, P3 on Around the clock");
		assertThat(notifications.get("items").get(0).get("ticketId").asLong()).isEqualTo(desk.ticket());
	}

	@Test
	void aStoppedClocksDeadlineDoesNothing() {
		Desk desk = newDesk(Map.of("warning", List.of(), "breach", List.of(Map.of("action", "RAISE_PRIORITY"))));
		var deadline = new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.BREACH,
				clock.instant().plus(Duration.ofHours(1)));
		timers.schedule(deadline, basis(desk.policy()));

		timers.cancel(desk.ticket(), SlaTarget.RESOLUTION);
		firing.fire(deadline);

		assertThat(scheduled.getScheduledExecution(instance(deadline))).as("its timer is gone").isEmpty();
		assertThat(slaNotes(desk.ticket())).isEmpty();
		assertThat(ticket(desk.ticket()).get("priority").asString()).isEqualTo("P3");
	}

	@Test
	void aMovedDeadlineActsOnlyAtItsNewInstant() {
		Desk desk = newDesk(Map.of("warning", List.of(), "breach", List.of(Map.of("action", "RAISE_PRIORITY"))));
		var first = new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.BREACH,
				clock.instant().plus(Duration.ofHours(1)));
		var moved = new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.BREACH,
				clock.instant().plus(Duration.ofHours(3)));
		timers.schedule(first, basis(desk.policy()));

		timers.schedule(moved, basis(desk.policy()));
		firing.fire(first);

		assertThat(scheduled.getScheduledExecution(instance(first))).as("the first timer is gone").isEmpty();
		assertThat(scheduled.getScheduledExecution(instance(moved))).isPresent();
		assertThat(slaNotes(desk.ticket())).isEmpty();
	}

	@Test
	void schedulingTheSameDeadlineAgainKeepsOneTimer() {
		Desk desk = newDesk(Map.of("warning", List.of(), "breach", List.of()));
		var deadline = new Deadline(desk.ticket(), SlaTarget.FIRST_RESPONSE, DeadlineKind.BREACH,
				clock.instant().plus(Duration.ofHours(5)));

		timers.schedule(deadline, basis(desk.policy()));
		timers.schedule(deadline, basis(desk.policy()));

		assertThat(scheduled.getScheduledExecutionsForTask(DeadlineTask.NAME))
			.filteredOn(execution -> execution.getTaskInstance().getId().equals(deadline.instanceId()))
			.hasSize(1);
		timers.cancel(desk.ticket(), SlaTarget.FIRST_RESPONSE);
	}

	@Test
	void aRestartAfterDowntimeCatchesUpOnWhatFellDue() {
		Desk desk = newDesk(Map.of("warning", List.of(), "breach", List.of(Map.of("action", "NOTIFY_ASSIGNEE"))));
		var deadline = new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.BREACH,
				clock.instant().plus(Duration.ofMinutes(10)));
		timers.schedule(deadline, basis(desk.policy()));

		polling.stop();
		try {
			clock.advance(Duration.ofHours(6));
			assertThat(slaNotes(desk.ticket())).as("nothing acts while no node runs").isEmpty();
		}
		finally {
			polling.start();
		}

		awaitFired(deadline);
		assertThat(slaNotes(desk.ticket())).hasSize(1);
		awaitNotifications(desk.agent(), 1);
	}

	@Test
	void escalatesToTheNamedTeam() {
		long specialists = newTeam(3);
		Desk desk = newDesk(Map.of("warning", List.of(), "breach",
				List.of(Map.of("action", "ESCALATE_TO_TEAM", "teamId", specialists))));
		var deadline = new Deadline(desk.ticket(), SlaTarget.RESOLUTION, DeadlineKind.BREACH,
				clock.instant().plus(Duration.ofMinutes(5)));
		timers.schedule(deadline, basis(desk.policy()));

		clock.advance(Duration.ofMinutes(5));

		awaitFired(deadline);
		assertThat(ticket(desk.ticket()).get("team").get("id").asLong()).isEqualTo(specialists);
	}

	private void awaitFired(Deadline deadline) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			polling.lookNow();
			assertThat(scheduled.getScheduledExecution(instance(deadline))).isEmpty();
		});
	}

	private JsonNode awaitNotifications(ApiTestSupport.User user, int count) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(user.api().get("/api/v1/notifications").json().get("total").asInt())
				.isEqualTo(count));
		return user.api().get("/api/v1/notifications").json();
	}

	private com.github.kagkarlsson.scheduler.task.TaskInstanceId instance(Deadline deadline) {
		return com.github.kagkarlsson.scheduler.task.TaskInstanceId.of(DeadlineTask.NAME, deadline.instanceId());
	}

	/**
	 * The notes the SLA posted on the ticket's timeline (its other changes are not
	 * notes).
	 */
	private List<String> slaNotes(long ticketId) {
		JsonNode timeline = admin().get("/api/v1/tickets/" + ticketId + "/timeline").json();
		return timeline.valueStream()
			.filter(item -> "SLA".equals(item.path("by").asString("")) && item.path("message").isObject())
			.map(item -> item.path("message").path("body").asString())
			.toList();
	}

	private JsonNode ticket(long id) {
		return admin().get("/api/v1/tickets/" + id).json();
	}

	private static DeadlineBasis basis(long policy) {
		return new DeadlineBasis(policy, Priority.P3, "Around the clock", ZoneId.of("UTC"));
	}

	/**
	 * A month in minutes: the targets of the desk's own policy, so that the ticket's own
	 * clocks never warn or breach while a test moves the clock by hours; the tests
	 * schedule the deadlines they fire, as the clock would.
	 */
	private static final int FAR_AWAY = 30 * 24 * 60;

	private long newTeam(int tier) {
		var team = admin().post("/api/v1/teams",
				Map.of("name", "Tier " + tier + " " + UUID.randomUUID(), "model", "TIERED", "tier", tier));
		assertThat(team.status()).as("%s", team).isEqualTo(201);
		return team.json().get("id").asLong();
	}

	/**
	 * A P3 ticket in a tier-1 team, assigned to an agent of that team, of an organisation
	 * whose policy (first in order, targets {@link #FAR_AWAY}) has those actions.
	 */
	private Desk newDesk(Map<String, Object> actions) {
		long organisation = SlaPolicyFixtures.organisation(admin());
		long policy = SlaPolicyFixtures.policy(admin(), organisation, FAR_AWAY, FAR_AWAY, actions);
		User agent = newAgent();
		long team = newTeam(1);
		assertThat(admin().put("/api/v1/teams/" + team + "/members/" + agent.id(), Map.of()).status()).isEqualTo(200);
		long ticket = openTicket(joined(newRequester(), organisation), "Printer on fire").get("id").asLong();
		var routed = admin().patch("/api/v1/tickets/" + ticket,
				Map.of("version", 0, "teamId", team, "assigneeId", agent.id()));
		assertThat(routed.status()).as("%s", routed).isEqualTo(200);
		// The ticket's own clocks have scheduled what they will: no recompute replaces
		// the
		// deadline a test schedules by hand (one per ticket, target and kind).
		awaitEventsDelivered();
		return new Desk(ticket, team, agent, policy);
	}

	private record Desk(long ticket, long team, User agent, long policy) {
	}

}
