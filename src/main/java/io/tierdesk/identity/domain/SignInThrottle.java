package io.tierdesk.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The failed sign-ins in a row of one account or one source address, and the pause they
 * started. Kept beside the user, not on it, so a stranger's guesses never bump the user's
 * version.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

	@Id
	private String subject;

	private int failures;

	private @Nullable Instant lastFailureAt;

	private @Nullable Instant pausedUntil;

	protected SignInThrottle() {
		this.subject = "";
	}

	public SignInThrottle(String subject) {
		this.subject = subject;
	}

	public static String accountSubject(long userId) {
		return "account:" + userId;
	}

	public static String sourceSubject(@Nullable String address) {
		return "source:" + (address == null ? "unknown" : address);
	}

	public boolean isPausedAt(Instant now) {
		return pausedUntil != null && now.isBefore(pausedUntil);
	}

	/**
	 * Counts a failed sign-in (after forgetting failures too old to count); returns the
	 * pause it starts, if any.
	 */
	public Optional<Duration> recordFailure(ThrottleRule rule, Instant now) {
		if (lastFailureAt != null && rule.forgets(lastFailureAt, now)) {
			failures = 0;
		}
		failures++;
		lastFailureAt = now;
		Duration pause = rule.pauseAfter(failures);
		if (pause.isZero()) {
			return Optional.empty();
		}
		pausedUntil = now.plus(pause);
		return Optional.of(pause);
	}

	/** After the right password, or an admin's unlock: nothing left to remember. */
	public void clear() {
		failures = 0;
		lastFailureAt = null;
		pausedUntil = null;
	}

	public boolean remembersNothing() {
		return failures == 0 && pausedUntil == null;
	}

	public String subject() {
		return subject;
	}

	public int failures() {
		return failures;
	}

	public Optional<Instant> pausedUntil() {
		return Optional.ofNullable(pausedUntil);
	}

}
