package io.tierdesk.sla.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tierdesk.sla.clock.Flow;
import io.tierdesk.sla.clock.ResolvedSample;
import io.tierdesk.ticket.Priority;
import org.junit.jupiter.api.Test;

/**
 * The estimate's rules on a calendar where every minute counts: the median of alike
 * resolved tickets less the time already run, plus the queue ahead at the team's pace;
 * the fallbacks from priority and category to priority to any; no flag without history.
 */
class RiskEstimatorTests {

	static final long TEAM = 7;

	static final long NETWORK = 3;

	static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	final RiskEstimator estimator = new RiskEstimator(new AroundTheClock(), Duration.ofDays(30));

	@Test
	void theMedianIsTheLowerMiddleOfTheMinutes() {
		assertThat(RiskEstimator.median(samples(Priority.P2, NETWORK, 10, 50, 30, 20, 40))).isEqualTo(30);
		assertThat(RiskEstimator.median(samples(Priority.P2, NETWORK, 10, 40, 30, 20))).isEqualTo(20);
	}

	@Test
	void aTicketLikelySolvedAfterItsDueTimeIsAtRisk() {
		// Due in 2 h of a 4 h target: 2 h already ran; similar tickets took 5 h.
		Flow ticket = waiting(1, Priority.P2, NETWORK, NOW.minus(Duration.ofHours(2)), 240);
		List<ResolvedSample> history = samples(Priority.P2, NETWORK, 300, 300, 300, 300, 300);

		Estimate e = estimator.estimate(ticket, List.of(ticket), history, NOW).orElseThrow();

		assertThat(e.likelySolvedAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
		assertThat(e.resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
		assertThat(e.atRisk()).isTrue();
		assertThat(e.basis().likeness()).isEqualTo(Basis.Likeness.PRIORITY_AND_CATEGORY);
		assertThat(e.basis().ahead()).isZero();
	}

	@Test
	void aTicketLikelySolvedInTimeIsNot() {
		Flow ticket = waiting(1, Priority.P2, NETWORK, NOW.minus(Duration.ofHours(2)), 480);
		Estimate e = estimator
			.estimate(ticket, List.of(ticket), samples(Priority.P2, NETWORK, 300, 300, 300, 300, 300), NOW)
			.orElseThrow();

		assertThat(e.likelySolvedAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
		assertThat(e.atRisk()).isFalse();
	}

	@Test
	void theQueueAheadAddsTheTeamsTimeBetweenResolutions() {
		Instant created = NOW.minus(Duration.ofMinutes(10));
		Flow ticket = waiting(10, Priority.P2, NETWORK, created, 480);
		Flow higherPriority = waiting(11, Priority.P1, NETWORK, NOW, 240);
		Flow older = waiting(12, Priority.P2, null, created.minus(Duration.ofMinutes(1)), 480);
		Flow younger = waiting(13, Priority.P2, NETWORK, NOW, 480);
		Flow lowerPriority = waiting(14, Priority.P3, NETWORK, created.minus(Duration.ofDays(1)), 480);
		// 30 resolutions in 30 days: one a day.
		List<ResolvedSample> history = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			history.add(new ResolvedSample(TEAM, Priority.P2, NETWORK, NOW.minus(Duration.ofDays(i)), 60));
		}

		Estimate e = estimator
			.estimate(ticket, List.of(ticket, higherPriority, older, younger, lowerPriority), history, NOW)
			.orElseThrow();

		assertThat(e.basis().ahead()).isEqualTo(2);
		assertThat(e.basis().minutesBetweenResolutions()).isEqualTo(24 * 60);
		// 50 minutes of work left after 10, behind two days of queue.
		assertThat(e.likelySolvedAt()).isEqualTo(NOW.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(50)));
		assertThat(e.atRisk()).isTrue();
	}

	@Test
	void tooFewAlikeFallsBackToThePriorityThenToAny() {
		Flow ticket = waiting(1, Priority.P2, NETWORK, NOW, 480);
		List<ResolvedSample> samePriority = new ArrayList<>(samples(Priority.P2, NETWORK, 100, 100));
		samePriority.addAll(samples(Priority.P2, 99L, 200, 200, 200));
		List<ResolvedSample> anyPriority = new ArrayList<>(samples(Priority.P2, NETWORK, 100, 100));
		anyPriority.addAll(samples(Priority.P4, NETWORK, 400, 400, 400));

		Basis byPriority = estimator.estimate(ticket, List.of(), samePriority, NOW).orElseThrow().basis();
		Basis byAny = estimator.estimate(ticket, List.of(), anyPriority, NOW).orElseThrow().basis();

		assertThat(byPriority.likeness()).isEqualTo(Basis.Likeness.PRIORITY);
		assertThat(byPriority.medianMinutes()).isEqualTo(200);
		assertThat(byAny.likeness()).isEqualTo(Basis.Likeness.ANY);
		assertThat(byAny.samples()).isEqualTo(5);
		assertThat(byAny.medianMinutes()).isEqualTo(400);
	}

	@Test
	void noHistoryNoEstimateAndNoFlag() {
		Flow ticket = waiting(1, Priority.P1, NETWORK, NOW.minus(Duration.ofHours(3)), 240);

		assertThat(estimator.estimate(ticket, List.of(ticket), List.of(), NOW)).isEmpty();
		assertThat(estimator.estimate(ticket, List.of(ticket), samples(Priority.P1, NETWORK, 900, 900, 900, 900), NOW))
			.isEmpty();
	}

	@Test
	void aTicketThatDoesNotWaitOrWhoseClockDoesNotRunGetsNone() {
		Flow paused = new Flow(1, TEAM, Priority.P2, NETWORK, 1L, NOW, false, null, null, null, null);
		Flow noPolicy = new Flow(2, TEAM, Priority.P2, NETWORK, null, NOW, true, null, null, null, null);
		List<ResolvedSample> history = samples(Priority.P2, NETWORK, 1, 1, 1, 1, 1);

		assertThat(estimator.estimate(paused, List.of(), history, NOW)).isEmpty();
		assertThat(estimator.estimate(noPolicy, List.of(), history, NOW)).isEmpty();
	}

	@Test
	void theBasisReadsAsWords() {
		Basis alike = new Basis(Basis.Likeness.PRIORITY_AND_CATEGORY, Priority.P2, NETWORK, 12, 310, TEAM, 6, 45L, 30);
		Basis anyTicket = new Basis(Basis.Likeness.ANY, Priority.P4, null, 5, 45, TEAM, 1, null, 30);
		Basis noTeam = new Basis(Basis.Likeness.PRIORITY, Priority.P1, null, 7, 120, null, 0, null, 30);
		Map<Long, String> teams = Map.of(TEAM, "Network");

		assertThat(RiskWords.basis(alike, teams::get, id -> "Network / VPN"))
			.isEqualTo("6 tickets ahead in Network, similar P2 tickets in Network / VPN took a median 5 h 10 min"
					+ " over the last 30 days (12 resolved)");
		assertThat(RiskWords.basis(anyTicket, teams::get, id -> "?"))
			.isEqualTo("1 ticket ahead in Network (which resolved none lately), tickets of any priority took a median"
					+ " 45 min over the last 30 days (5 resolved)");
		assertThat(RiskWords.basis(noTeam, teams::get, id -> "?"))
			.isEqualTo("no team's queue yet, P1 tickets took a median 2 h over the last 30 days (7 resolved)");
	}

	/**
	 * A ticket waiting in the team whose resolution clock of that target started then.
	 */
	static Flow waiting(long id, Priority priority, Long category, Instant created, long target) {
		return new Flow(id, TEAM, priority, category, 1L, created, true, created.plus(Duration.ofMinutes(target)),
				target, null, null);
	}

	static List<ResolvedSample> samples(Priority priority, Long category, long... minutes) {
		List<ResolvedSample> samples = new ArrayList<>();
		for (long m : minutes) {
			samples.add(new ResolvedSample(TEAM, priority, category, NOW.minus(Duration.ofDays(1)), m));
		}
		return samples;
	}

}
