package io.tierdesk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.tierdesk.MutableClock;
import io.tierdesk.identity.domain.SignInThrottling.Outcome;
import io.tierdesk.identity.domain.SignInThrottling.Verdict;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SignInThrottlingTests {

	static final Duration FIRST = Duration.ofSeconds(1);

	static final Duration CAP = Duration.ofMinutes(5);

	MutableClock clock = new MutableClock(ThrottleRuleTests.NOW);

	SignInThrottling throttling = new SignInThrottling(rule(5), rule(20));

	SignInThrottle owner = new SignInThrottle(SignInThrottle.accountSubject(1));

	SignInThrottle stranger = new SignInThrottle(SignInThrottle.sourceSubject("203.0.113.7"));

	SignInThrottle ownersLaptop = new SignInThrottle(SignInThrottle.sourceSubject("198.51.100.2"));

	@Test
	void fiveWrongPasswordsFromAnyonePauseTheAccountBriefly() {
		for (int i = 0; i < 4; i++) {
			assertThat(attempt(owner, stranger, false).accountPauseStarted()).isEmpty();
		}

		Verdict fifth = attempt(owner, stranger, false);

		assertThat(fifth.accountPauseStarted()).contains(FIRST);
		assertThat(owner.isPausedAt(clock.instant())).isTrue();
	}

	@Test
	void rightPasswordIsRefusedDuringThePauseAndAdmittedOnceItEnds() {
		pauseAccount();

		assertThat(attempt(owner, ownersLaptop, true).outcome()).isEqualTo(Outcome.PAUSED);
		clock.advance(FIRST);

		assertThat(attempt(owner, ownersLaptop, true).admitted()).isTrue();
	}

	@Test
	void guessesDuringAPauseAreNeitherCheckedNorCounted() {
		pauseAccount();

		for (int i = 0; i < 100; i++) {
			assertThat(attempt(owner, stranger, false).outcome()).isEqualTo(Outcome.PAUSED);
		}

		assertThat(owner.failures()).isEqualTo(5);
		assertThat(owner.pausedUntil()).contains(clock.instant().plus(FIRST));
	}

	@Test
	void eachFailureAfterAPauseDoublesTheNextUpToTheCap() {
		pauseAccount();
		Duration pause = FIRST;
		for (int i = 0; i < 12; i++) {
			clock.advance(pause);
			pause = attempt(owner, stranger, false).accountPauseStarted().orElseThrow();
		}

		assertThat(pause).isEqualTo(CAP);
		clock.advance(CAP);
		assertThat(attempt(owner, ownersLaptop, true).admitted()).isTrue();
	}

	@Test
	void oneSourceFailingAcrossManyAccountsIsPausedForAll() {
		for (int i = 0; i < 20; i++) {
			attempt(null, stranger, false);
		}

		assertThat(stranger.isPausedAt(clock.instant())).isTrue();
		assertThat(attempt(owner, stranger, true).outcome()).isEqualTo(Outcome.PAUSED);
		assertThat(attempt(owner, ownersLaptop, true).admitted()).isTrue();
		clock.advance(FIRST);
		assertThat(attempt(owner, stranger, true).admitted()).isTrue();
	}

	@Test
	void unknownEmailsCountOnlyForTheirSource() {
		Verdict verdict = attempt(null, stranger, false);

		assertThat(verdict.outcome()).isEqualTo(Outcome.WRONG);
		assertThat(stranger.failures()).isEqualTo(1);
	}

	@Test
	void rightPasswordForgetsTheAccountsFailuresButNotTheSources() {
		for (int i = 0; i < 4; i++) {
			attempt(owner, stranger, false);
		}

		attempt(owner, stranger, true);

		assertThat(owner.remembersNothing()).isTrue();
		assertThat(stranger.failures()).isEqualTo(4);
	}

	private void pauseAccount() {
		for (int i = 0; i < 5; i++) {
			attempt(owner, stranger, false);
		}
	}

	private Verdict attempt(@Nullable SignInThrottle account, SignInThrottle source, boolean passwordRight) {
		return throttling.judge(account, source, passwordRight, clock.instant());
	}

	private static ThrottleRule rule(int freeFailures) {
		return new ThrottleRule(freeFailures, FIRST, CAP, Duration.ofHours(1));
	}

}
