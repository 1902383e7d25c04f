package io.tierdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.tierdesk.platform.ReplayClock;

/**
 * A clock tests move by hand, so time rules are checked without sleeping. It replays
 * history like the application's clock does.
 */
public class MutableClock extends ReplayClock {

	private final Hand hand;

	public MutableClock(Instant start) {
		this(new Hand(start));
	}

	private MutableClock(Hand hand) {
		super(hand);
		this.hand = hand;
	}

	public void advance(Duration duration) {
		hand.now = hand.now.plus(duration);
	}

	public void set(Instant instant) {
		hand.now = instant;
	}

	/** The time the test set, read by the replaying clock when nothing is replayed. */
	private static final class Hand extends Clock {

		private volatile Instant now;

		Hand(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
