package io.tierdesk.sla.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tierdesk.sla.clock.Flow;
import io.tierdesk.sla.clock.ResolvedSample;
import io.tierdesk.sla.risk.ReplayedDesk.Ticket;
import org.junit.jupiter.api.Test;

/**
 * The estimate replayed on {@link ReplayedDesk}'s history, every 30 minutes, with only
 * what was known then (the tickets open and those resolved in the 30 days before): of the
 * tickets that breached, how many were flagged before their warning; of the tickets
 * flagged, how many were resolved in time after all (false flags). Prints the figures for
 * docs/benchmarks.md:
 * {@code ./mvnw -o -q test -Dtest=AtRiskReplayTests -Djacoco.skip=true}.
 */
class AtRiskReplayTests {

	static final Duration STEP = Duration.ofMinutes(30);

	/** Measured from day 30 on, once there is a window's history. */
	static final Instant MEASURED_FROM = ReplayedDesk.START.plus(Duration.ofDays(30));

	record Figures(String method, int measured, int breached, int flaggedBeforeWarning, int flagged, int falseFlags) {

		@Override
		public String toString() {
			return String.format(
					"%-22s tickets %5d  breached %4d  flagged before warning %4d (%3.0f %%)  flagged %4d  false %4d (%3.0f %%)",
					method, measured, breached, flaggedBeforeWarning, 100.0 * flaggedBeforeWarning / breached, flagged,
					falseFlags, flagged == 0 ? 0 : 100.0 * falseFlags / flagged);
		}

	}

	@Test
	void replayedHistoryFlagsBreachesBeforeTheWarningWithFewFalseFlags() {
		List<Ticket> tickets = ReplayedDesk.generate(42);
		Figures withQueue = replay(tickets, true);
		Figures medianOnly = replay(tickets, false);
		System.out.println(withQueue);
		System.out.println(medianOnly);

		assertThat(withQueue.breached()).isGreaterThan(50);
		assertThat(withQueue.flaggedBeforeWarning()).isGreaterThan(medianOnly.flaggedBeforeWarning());
		assertThat(withQueue.flaggedBeforeWarning() * 2).isGreaterThan(withQueue.breached());
		assertThat(withQueue.falseFlags() * 2).isLessThan(withQueue.flagged());
	}

	private static Figures replay(List<Ticket> tickets, boolean queue) {
		RiskEstimator estimator = new RiskEstimator(new AroundTheClock(), Duration.ofDays(30));
		List<Ticket> byResolution = new ArrayList<>(tickets);
		byResolution.sort(Comparator.comparing(t -> t.resolved));
		Map<Long, Instant> firstFlag = new HashMap<>();
		Instant end = ReplayedDesk.START.plus(Duration.ofDays(ReplayedDesk.DAYS));
		for (Instant now = MEASURED_FROM; now.isBefore(end); now = now.plus(STEP)) {
			Instant t = now;
			List<ResolvedSample> resolved = new ArrayList<>();
			for (Ticket r : byResolution) {
				if (r.resolved.isAfter(t)) {
					break;
				}
				if (r.resolved.isAfter(t.minus(Duration.ofDays(30)))) {
					resolved.add(new ResolvedSample(r.team, r.priority, r.category, r.resolved,
							Duration.between(r.created, r.resolved).toMinutes()));
				}
			}
			List<Flow> open = tickets.stream()
				.filter(o -> !o.created.isAfter(t) && o.resolved.isAfter(t))
				.map(o -> new Flow(o.id, o.team, o.priority, o.category, 1L, o.created, true, o.due(),
						ReplayedDesk.TARGET[o.priority.ordinal()], null, null))
				.toList();
			for (Flow f : open) {
				if (!firstFlag.containsKey(f.ticketId())) {
					estimator.estimate(f, queue ? open : List.of(), resolved, t)
						.filter(Estimate::atRisk)
						.ifPresent(e -> firstFlag.put(f.ticketId(), t));
				}
			}
		}
		List<Ticket> measured = tickets.stream().filter(t -> !t.created.isBefore(MEASURED_FROM)).toList();
		int breached = 0;
		int early = 0;
		int flagged = 0;
		int falseFlags = 0;
		for (Ticket t : measured) {
			Instant flag = firstFlag.get(t.id);
			if (t.breached()) {
				breached++;
				if (flag != null && flag.isBefore(t.warning())) {
					early++;
				}
			}
			if (flag != null) {
				flagged++;
				if (!t.breached()) {
					falseFlags++;
				}
			}
		}
		return new Figures(queue ? "median + queue" : "median only", measured.size(), breached, early, flagged,
				falseFlags);
	}

}
