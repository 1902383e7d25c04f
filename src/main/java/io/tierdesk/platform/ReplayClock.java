package io.tierdesk.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The application's clock, which can be moved into the past for one piece of work on one
 * thread: the demo seeder and a history import replay what happened on the real commands,
 * each step at the instant it happened. The move is per thread, so requests served
 * meanwhile keep the real time.
 */
public class ReplayClock extends Clock {

	private final Clock base;

	private final ThreadLocal<@Nullable Instant> replaying = new ThreadLocal<>();

	public ReplayClock(Clock base) {
		this.base = base;
	}

	/** Does {@code work} on this thread as if it were {@code at}. */
	public <T> T at(Instant at, Supplier<T> work) {
		Instant outer = replaying.get();
		replaying.set(Objects.requireNonNull(at));
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				replaying.remove();
			}
			else {
				replaying.set(outer);
			}
		}
	}

	@Override
	public Instant instant() {
		Instant at = replaying.get();
		return at != null ? at : base.instant();
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	/** The same instants (replayed ones too), seen in another zone. */
	@Override
	public Clock withZone(ZoneId zone) {
		ReplayClock self = this;
		return new Clock() {
			@Override
			public Instant instant() {
				return self.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}
		};
	}

}
