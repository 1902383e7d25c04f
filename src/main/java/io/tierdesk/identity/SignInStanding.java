package io.tierdesk.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account's failed sign-ins in a row, and when the pause running now ends (null when
 * none runs), for the admin's user page.
 */
public record SignInStanding(int failures, @Nullable Instant pausedUntil) {

	static final SignInStanding CLEAR = new SignInStanding(0, null);

	public boolean paused() {
		return pausedUntil != null;
	}

}
