package io.tierdesk.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Which period a target counts in: where it ended, met at its stop, breached at its due
 * time.
 */
class MeasureTests {

	static final Instant DUE = Instant.parse("2026-11-30T12:00:00Z");

	static final Instant NOV = Instant.parse("2026-11-01T00:00:00Z");

	static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");

	static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");

	@Test
	void stoppedBeforeItsDueIsMetWhenItStopped() {
		var outcome = Measure.of(DUE, DUE.minusSeconds(60), DUE.plusSeconds(3600)).orElseThrow();

		assertThat(outcome.met()).isTrue();
		assertThat(outcome.at()).isEqualTo(DUE.minusSeconds(60));
	}

	@Test
	void stoppedExactlyAtItsDueIsMet() {
		assertThat(Measure.of(DUE, DUE, DUE).orElseThrow().met()).isTrue();
	}

	@Test
	void stoppedAfterItsDueIsBreachedAtItsDue() {
		var outcome = Measure.of(DUE, DUE.plusSeconds(1), DUE.plusSeconds(5)).orElseThrow();

		assertThat(outcome.met()).isFalse();
		assertThat(outcome.at()).isEqualTo(DUE);
	}

	@Test
	void runningPastItsDueIsBreachedAtItsDue() {
		var outcome = Measure.of(DUE, null, DUE.plusSeconds(1)).orElseThrow();

		assertThat(outcome.met()).isFalse();
		assertThat(outcome.at()).isEqualTo(DUE);
	}

	@Test
	void runningAndNotYetDueIsNotMeasured() {
		assertThat(Measure.of(DUE, null, DUE.minusSeconds(1))).isEmpty();
		assertThat(Measure.of(DUE, null, DUE)).isEmpty();
	}

	@Test
	void pausedBeforeItWasDueIsNotMeasured() {
		assertThat(Measure.of(null, null, DUE)).isEmpty();
	}

	@Test
	void aTargetCountsInTheHalfOpenPeriodItEndedIn() {
		var breachedAtMidnight = Measure.of(DEC, null, JAN).orElseThrow();
		var metJustBefore = Measure.of(DEC, DEC.minusNanos(1000), JAN).orElseThrow();

		assertThat(breachedAtMidnight.within(NOV, DEC)).isFalse();
		assertThat(breachedAtMidnight.within(DEC, JAN)).isTrue();
		assertThat(metJustBefore.within(NOV, DEC)).isTrue();
		assertThat(metJustBefore.within(DEC, JAN)).isFalse();
	}

	@Test
	void aTicketSolvedInDecemberButDueInNovemberCountsAsBreachedInNovember() {
		var outcome = Measure.of(DEC.minusSeconds(3600), DEC.plusSeconds(3600), JAN).orElseThrow();

		assertThat(outcome.within(NOV, DEC)).isTrue();
		assertThat(outcome.met()).isFalse();
	}

}
