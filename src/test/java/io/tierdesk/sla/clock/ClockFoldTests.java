package io.tierdesk.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.tierdesk.sla.clock.ClockReading.ClockState;
import io.tierdesk.sla.policy.PolicyBook;
import io.tierdesk.sla.policy.PolicyRule;
import io.tierdesk.sla.policy.PolicyRule.Target;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.TicketType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clock rules as a fold over facts, on an office-hours calendar (Mon–Fri 09–17 UTC);
 * Monday 2026-11-30 09:00 is the start of every story.
 */
class ClockFoldTests {

	static final Instant MONDAY_9 = Instant.parse("2026-11-30T09:00:00Z");

	static final long ORGANISATION = 42;

	/** Standard on office hours; Major incidents around the clock for organisation 42. */
	static final PolicyBook BOOK = new PolicyBook(List.of(
			new PolicyRule(2, "Major incidents", TestCalendars.AROUND_THE_CLOCK, 1, false, 75,
					Map.of(Priority.P1, new Target(15, 120, null)), Set.of(ORGANISATION), Set.of(), Set.of(), Set.of()),
			new PolicyRule(1, "Standard", TestCalendars.OFFICE_HOURS, 2, true, 75,
					Map.of(Priority.P1, new Target(30, 240, 60L), Priority.P3, new Target(240, 1440, 120L)), Set.of(),
					Set.of(), Set.of(), Set.of())));

	final TestCalendars calendars = new TestCalendars();

	static Instant at(int minutes) {
		return MONDAY_9.plusSeconds(60L * minutes);
	}

	static ClockFact created(Priority priority, Long organisation) {
		return new ClockFact("created", FactKind.CREATED, MONDAY_9, null, priority.name(), TicketType.INCIDENT,
				Channel.PORTAL, null, organisation);
	}

	static ClockFact status(int minute, String from, String to) {
		return ClockFact.change("status:" + minute + from + to, FactKind.STATUS, at(minute), from, to);
	}

	static ClockFact reply(int minute) {
		return ClockFact.message("message:agent" + minute, FactKind.AGENT_REPLY, at(minute));
	}

	static ClockFact requester(int minute) {
		return ClockFact.message("message:requester" + minute, FactKind.REQUESTER_MESSAGE, at(minute));
	}

	static ClockFact priority(int minute, String from, String to) {
		return ClockFact.change("priority:" + minute, FactKind.PRIORITISED, at(minute), from, to);
	}

	/** create → reply → pending → reopen → priority raised → resolved. */
	static List<ClockFact> story() {
		return List.of(created(Priority.P3, null), reply(30), status(30, "NEW", "OPEN"), status(60, "OPEN", "PENDING"),
				status(180, "PENDING", "OPEN"), priority(200, "P3", "P1"), status(210, "OPEN", "RESOLVED"));
	}

	Clocks fold(List<ClockFact> facts, Instant now) {
		return ClockFold.fold(facts, BOOK, calendars, now).orElseThrow();
	}

	@Test
	void startsBothClocksOnCreationOnTheDefaultPolicy() {
		Clocks clocks = fold(List.of(created(Priority.P3, null)), at(10));

		assertThat(clocks.policy().name()).isEqualTo("Standard");
		assertThat(clocks.why().byDefault()).isTrue();
		assertThat(clocks.firstResponse().dueAt()).isEqualTo(at(240));
		// 1440 business minutes = three office days: Monday 9:00 → Wednesday 17:00.
		assertThat(clocks.resolution().dueAt()).isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));
		assertThat(clocks.nextDueAt()).isEqualTo(at(240));
		assertThat(clocks.firstResponse().breached()).isFalse();
	}

	@Test
	void firstPublicAgentReplyStopsTheFirstResponseClock() {
		Clocks clocks = fold(List.of(created(Priority.P3, null), reply(30)), at(300));

		assertThat(clocks.firstResponse().state()).isEqualTo(ClockState.STOPPED);
		assertThat(clocks.firstResponse().stoppedAt()).isEqualTo(at(30));
		assertThat(clocks.firstResponse().breached()).isFalse();
		assertThat(clocks.nextDueAt()).isEqualTo(clocks.resolution().dueAt());
	}

	@Test
	void aRunningClockPastItsDueIsBreached() {
		Clocks clocks = fold(List.of(created(Priority.P3, null)), at(241));

		assertThat(clocks.firstResponse().breached()).isTrue();
		assertThat(clocks.firstResponse().state()).isEqualTo(ClockState.RUNNING);
	}

	@Test
	void aClockStoppedAfterItsDueStaysBreached() {
		Clocks clocks = fold(List.of(created(Priority.P3, null), reply(250)), at(600));

		assertThat(clocks.firstResponse().breached()).isTrue();
		assertThat(clocks.firstResponse().dueAt()).isEqualTo(at(240));
	}

	@Test
	void pendingPausesTheResolutionClockAndThePauseIsNotCounted() {
		var pending = List.of(created(Priority.P3, null), status(60, "NEW", "PENDING"));
		Clocks paused = fold(pending, at(100));

		assertThat(paused.resolution().state()).isEqualTo(ClockState.PAUSED);
		assertThat(paused.resolution().dueAt()).isNull();
		assertThat(paused.resolution().minutesLeft()).isEqualTo(1440 - 60);
		assertThat(paused.pausedMinutes()).isEqualTo(40);

		var reopened = new ArrayList<>(pending);
		reopened.add(status(180, "PENDING", "OPEN"));
		Clocks resumed = fold(reopened, at(200));

		assertThat(resumed.resolution().state()).isEqualTo(ClockState.RUNNING);
		assertThat(resumed.pausedMinutes()).isEqualTo(120);
		// Due two office hours later than without the pause: Thursday 11:00.
		assertThat(resumed.resolution().dueAt()).isEqualTo(Instant.parse("2026-12-03T11:00:00Z"));
	}

	@Test
	void aRaisedPriorityKeepsTheElapsedBusinessTime() {
		var facts = List.of(created(Priority.P3, null), priority(100, "P3", "P1"));

		Clocks clocks = fold(facts, at(101));

		// P1 on Standard: 30 minutes to answer, 100 already gone: overdue since 9:30.
		assertThat(clocks.firstResponse().dueAt()).isEqualTo(at(30));
		assertThat(clocks.firstResponse().breached()).isTrue();
		assertThat(clocks.resolution().dueAt()).isEqualTo(at(240));
		assertThat(clocks.resolution().targetMinutes()).isEqualTo(240);
	}

	@Test
	void aPolicyChangeKeepsElapsedTimeOnTheCalendarItRanOn() {
		// Organisation 42's P1 runs around the clock; 60 office minutes already ran.
		var facts = List.of(created(Priority.P3, ORGANISATION), priority(60, "P3", "P1"));

		Clocks clocks = fold(facts, at(61));

		assertThat(clocks.policy().name()).isEqualTo("Major incidents");
		assertThat(clocks.why().organisationId()).isEqualTo(ORGANISATION);
		assertThat(clocks.resolution().dueAt()).isEqualTo(at(120));
		assertThat(clocks.firstResponse().dueAt()).isEqualTo(at(15));
	}

	@Test
	void theWholeStoryEndsResolvedInTime() {
		Clocks clocks = fold(story(), at(600));

		assertThat(clocks.priority()).isEqualTo(Priority.P1);
		assertThat(clocks.firstResponse().state()).isEqualTo(ClockState.STOPPED);
		assertThat(clocks.resolution().state()).isEqualTo(ClockState.STOPPED);
		assertThat(clocks.resolution().stoppedAt()).isEqualTo(at(210));
		// 60 + 30 running minutes of P1's 240 when it was resolved: met.
		assertThat(clocks.resolution().breached()).isFalse();
		assertThat(clocks.pausedMinutes()).isEqualTo(120);
		assertThat(clocks.nextDueAt()).isNull();
	}

	@ParameterizedTest
	@MethodSource("shuffles")
	void duplicateAndOutOfOrderFactsGiveTheSameClocks(long seed) {
		List<ClockFact> delivered = new ArrayList<>(story());
		delivered.addAll(story().subList(0, 4));
		Collections.shuffle(delivered, new Random(seed));

		assertThat(fold(delivered, at(600))).isEqualTo(fold(story(), at(600)));
	}

	static List<Long> shuffles() {
		return List.of(1L, 2L, 3L, 42L, 2026L);
	}

	@Test
	void sameInstantStatusChangesFollowTheirChain() {
		var facts = List.of(created(Priority.P3, null), status(60, "PENDING", "OPEN"), status(60, "NEW", "PENDING"));

		assertThat(fold(facts, at(100)).resolution().state()).isEqualTo(ClockState.RUNNING);
	}

	@Test
	void aRequesterMessageAfterTheAnswerStartsTheNextResponseClock() {
		var facts = List.of(created(Priority.P1, null), reply(10), requester(20));

		Clocks clocks = fold(facts, at(30));

		assertThat(clocks.nextResponse()).isNotNull();
		assertThat(clocks.nextResponse().dueAt()).isEqualTo(at(80));
		assertThat(clocks.nextDueAt()).isEqualTo(at(80));
	}

	@Test
	void theNextAgentReplyStopsTheNextResponseClock() {
		var facts = List.of(created(Priority.P1, null), reply(10), requester(20), reply(40));

		assertThat(fold(facts, at(50)).nextResponse().state()).isEqualTo(ClockState.STOPPED);
	}

	@Test
	void factsBeforeTheCreationIsKnownStartNothing() {
		assertThat(ClockFold.fold(List.of(reply(10)), BOOK, calendars, at(20))).isEmpty();
	}

	@Test
	void aPriorityWithoutTargetsOnAnyPolicyHasNoClocks() {
		assertThat(ClockFold.fold(List.of(created(Priority.P4, null)), BOOK, calendars, at(20))).isEmpty();
	}

}
