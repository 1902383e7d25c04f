package io.tierdesk.platform.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tierdesk.rate-limit.*}: how many requests a client may send in a window before
 * it is answered 429. A bucket of that size refills evenly over the window, so a client
 * that stays under the rate is never refused and a burst of up to the whole bucket is
 * allowed.
 *
 * @param enabled off only for benchmarks that measure the server, not the limit
 * @param perSource requests of one source address, whatever it sends (a whole office
 * behind one NAT address shares it, hence generous)
 * @param perToken requests with one API token (one integration)
 * @param signInPerSource sign-in attempts of one source address: stricter, on top of the
 * per-account pauses of {@code tierdesk.sign-in.*}
 * @param window the time in which each bucket refills completely
 */
@ConfigurationProperties("tierdesk.rate-limit")
record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1200") int perSource,
		@DefaultValue("600") int perToken, @DefaultValue("30") int signInPerSource,
		@DefaultValue("1m") Duration window) {

	RateLimitSettings {
		if (perSource < 1 || perToken < 1 || signInPerSource < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException(
					"tierdesk.rate-limit.*: limits must be at least 1 and the window " + "longer than zero");
		}
	}

}
