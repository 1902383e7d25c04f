package io.tierdesk.sla.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clocks schedule their timers: a ticket on a 24×7 policy (first response 60 minutes,
 * resolution 240, the warning at 75%) warns and breaches as its clocks run out, each
 * once, and a clock that stops takes its timers with it.
 */
class ClockTimersIntegrationTests extends ApiTestSupport {

	@Autowired
	DeadlineScheduling.DeadlinePolling polling;

	@Autowired
	SchedulerClient scheduled;

	private User requester;

	@BeforeEach
	void aPolicyThatRaisesThePriorityOnBreach() {
		long organisation = SlaPolicyFixtures.organisation(admin());
		SlaPolicyFixtures.policy(admin(), organisation, 60, 240,
				SlaPolicyFixtures.actions(List.of(), List.of("RAISE_PRIORITY")));
		requester = joined(newRequester(), organisation);
	}

	@Test
	void eachTargetWarnsAndBreachesOnceAsItsClockRunsOut() {
		long id = openTicket(requester, "Printer on fire").get("id").asLong();
		awaitTimers(id, 4);

		clock.advance(Duration.ofMinutes(61));
		awaitTimers(id, 2);
		clock.advance(Duration.ofMinutes(180));
		awaitTimers(id, 0);

		assertThat(slaNotes(id)).hasSize(4)
			.anySatisfy(note -> assertThat(note).startsWith("First response target warning reached: due"))
			.anySatisfy(note -> assertThat(note).startsWith("First response target breached: due"))
			.anySatisfy(note -> assertThat(note).startsWith("Resolution target warning reached: due"))
			.anySatisfy(note -> assertThat(note).startsWith("Resolution target breached: due"));
		assertThat(admin().get("/api/v1/tickets/" + id).json().get("priority").asString())
			.as("P3, raised once by each breach")
			.isEqualTo("P1");
	}

	@Test
	void theFirstReplyTakesTheFirstResponseTimersAway() {
		long id = openTicket(requester, "Mail bounces").get("id").asLong();
		awaitTimers(id, 4);

		var reply = admin().post("/api/v1/tickets/" + id + "/messages",
				Map.of("body", "Looking into it", "visibility", "PUBLIC"));
		assertThat(reply.status()).as("%s", reply).isEqualTo(201);

		awaitTimers(id, 2);
		assertThat(timersOf(id)).allSatisfy(timer -> assertThat(timer).contains(":RESOLUTION:"));
	}

	private void awaitTimers(long ticketId, int count) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			polling.lookNow();
			assertThat(timersOf(ticketId)).hasSize(count);
		});
	}

	private List<String> timersOf(long ticketId) {
		return scheduled.getScheduledExecutionsForTask(DeadlineTask.NAME)
			.stream()
			.map(execution -> execution.getTaskInstance().getId())
			.filter(timer -> timer.startsWith(ticketId + ":"))
			.toList();
	}

	private List<String> slaNotes(long ticketId) {
		return admin().get("/api/v1/tickets/" + ticketId + "/timeline")
			.json()
			.valueStream()
			.filter(item -> "SLA".equals(item.path("by").asString("")) && item.path("message").isObject())
			.map(item -> item.path("message").path("body").asString())
			.toList();
	}

}
