package io.tierdesk.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket per key (a source address, an API token, a sign-in source), kept in
 * memory. Keys nobody used for two windows are forgotten, and there are at most
 * {@link #MAX_KEYS}, so a flood of made-up tokens or spoofed addresses cannot fill the
 * heap; a forgotten key starts again with a full bucket, which only ever favours the
 * client.
 */
class RateLimits {

	static final int MAX_KEYS = 100_000;

	private final Cache<String, Bucket> buckets;

	private final Bandwidth bandwidth;

	private final TimeMeter time;

	RateLimits(int capacity, Duration window, Clock clock) {
		this.bandwidth = Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build();
		this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window.multipliedBy(2)).build();
		this.time = new ClockTime(clock);
	}

	/**
	 * Takes one request from the key's bucket; empty when it was there, otherwise how
	 * long until there is one again.
	 */
	Optional<Duration> take(String key) {
		Bucket bucket = buckets.get(key,
				k -> Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(time).build());
		var probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** The application's clock, so tests move time instead of waiting. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
