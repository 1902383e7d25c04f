package io.tierdesk.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins of one account, or from one source address, slow down the next
 * guess: the first {@code freeFailures - 1} failures in a row cost nothing, the
 * {@code freeFailures}-th pauses sign-in for {@code firstPause}, and each further one
 * doubles the pause up to {@code maxPause}. Failures older than {@code forgetAfter} no
 * longer count. A growing pause instead of a lock: a stranger can slow an account down,
 * never shut its owner out for longer than the pause running now.
 */
public record ThrottleRule(int freeFailures, Duration firstPause, Duration maxPause, Duration forgetAfter) {

	/** Enough doublings to reach any sensible cap without overflowing a Duration. */
	private static final int MAX_DOUBLINGS = 32;

	public ThrottleRule {
		if (freeFailures < 1) {
			throw new IllegalArgumentException("free failures must be at least 1, not " + freeFailures);
		}
		if (!positive(firstPause) || maxPause.compareTo(firstPause) < 0) {
			throw new IllegalArgumentException(
					"the first pause must be positive and at most the longest (" + firstPause + ", " + maxPause + ")");
		}
		if (!positive(forgetAfter)) {
			throw new IllegalArgumentException("forget-after must be positive, not " + forgetAfter);
		}
	}

	/**
	 * The pause after the {@code failures}-th failure in a row; zero before any pause.
	 */
	public Duration pauseAfter(int failures) {
		if (failures < freeFailures) {
			return Duration.ZERO;
		}
		Duration pause = firstPause.multipliedBy(1L << Math.min(failures - freeFailures, MAX_DOUBLINGS));
		return pause.compareTo(maxPause) > 0 ? maxPause : pause;
	}

	private static boolean positive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

	/** Whether a failure at {@code lastFailure} is too old to count at {@code now}. */
	public boolean forgets(Instant lastFailure, Instant now) {
		return !now.isBefore(lastFailure.plus(forgetAfter));
	}

}
