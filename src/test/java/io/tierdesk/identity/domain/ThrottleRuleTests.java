package io.tierdesk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThrottleRuleTests {

	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	ThrottleRule rule = new ThrottleRule(5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1));

	@Test
	void costsNothingBeforeTheFreeFailuresRunOut() {
		assertThat(rule.pauseAfter(1)).isZero();
		assertThat(rule.pauseAfter(4)).isZero();
	}

	@Test
	void pausesFromTheLastFreeFailureAndDoublesWithEachFurtherOne() {
		assertThat(rule.pauseAfter(5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(rule.pauseAfter(6)).isEqualTo(Duration.ofSeconds(2));
		assertThat(rule.pauseAfter(7)).isEqualTo(Duration.ofSeconds(4));
		assertThat(rule.pauseAfter(13)).isEqualTo(Duration.ofSeconds(256));
	}

	@Test
	void neverPausesLongerThanTheCap() {
		assertThat(rule.pauseAfter(14)).isEqualTo(Duration.ofMinutes(5));
		assertThat(rule.pauseAfter(1_000_000)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void forgetsFailuresOlderThanForgetAfter() {
		SignInThrottle throttle = new SignInThrottle("account:1");
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure(rule, NOW);
		}

		var pause = throttle.recordFailure(rule, NOW.plus(Duration.ofHours(1)));

		assertThat(pause).isEmpty();
		assertThat(throttle.failures()).isEqualTo(1);
	}

	@Test
	void refusesSettingsThatWouldNeverPauseOrNeverEnd() {
		assertThatThrownBy(() -> new ThrottleRule(0, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1)))
			.hasMessageContaining("free failures");
		assertThatThrownBy(() -> new ThrottleRule(5, Duration.ZERO, Duration.ofMinutes(5), Duration.ofHours(1)))
			.hasMessageContaining("first pause");
		assertThatThrownBy(
				() -> new ThrottleRule(5, Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofHours(1)))
			.hasMessageContaining("first pause");
	}

}
