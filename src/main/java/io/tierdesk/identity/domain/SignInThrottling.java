package io.tierdesk.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Judges one sign-in attempt against the throttles of its account (when the email is a
 * user's) and of its source address. While either is paused the password is not consulted
 * and the attempt is not counted: guessing gains nothing and cannot stretch the pause, so
 * the owner gets in with the right password as soon as the pause running now ends.
 */
public record SignInThrottling(ThrottleRule perAccount, ThrottleRule perSource) {

	public Verdict judge(@Nullable SignInThrottle account, SignInThrottle source, boolean passwordRight, Instant now) {
		if ((account != null && account.isPausedAt(now)) || source.isPausedAt(now)) {
			return Verdict.PAUSED;
		}
		if (passwordRight) {
			if (account != null) {
				account.clear();
			}
			return Verdict.ADMITTED;
		}
		Optional<Duration> accountPause = account == null ? Optional.empty() : account.recordFailure(perAccount, now);
		return Verdict.wrong(accountPause, source.recordFailure(perSource, now));
	}

	/**
	 * What became of an attempt, and the pauses it started (so they can be audited).
	 * Admitted or not is all the person signing in ever learns.
	 */
	public record Verdict(Outcome outcome, Optional<Duration> accountPauseStarted,
			Optional<Duration> sourcePauseStarted) {

		static final Verdict PAUSED = new Verdict(Outcome.PAUSED, Optional.empty(), Optional.empty());

		static final Verdict ADMITTED = new Verdict(Outcome.ADMITTED, Optional.empty(), Optional.empty());

		static Verdict wrong(Optional<Duration> accountPause, Optional<Duration> sourcePause) {
			return new Verdict(Outcome.WRONG, accountPause, sourcePause);
		}

		public boolean admitted() {
			return outcome == Outcome.ADMITTED;
		}

	}

	public enum Outcome {

		/** Right password, usable account, nothing paused. */
		ADMITTED,
		/** Wrong password, no password, deactivated or unknown: counted. */
		WRONG,
		/** Account or source paused: refused unchecked, not counted. */
		PAUSED

	}

}
