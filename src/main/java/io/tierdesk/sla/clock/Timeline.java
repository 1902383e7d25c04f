package io.tierdesk.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tierdesk.sla.clock.ClockReading.ClockState;
import org.jspecify.annotations.Nullable;

/**
 * The stretches of time one clock ran, each with the calendar in force then; cut at every
 * fact, so that a policy change later counts the earlier stretches on the calendar they
 * ran on.
 */
final class Timeline {

	/** A stretch that ran; {@code calendarId} null while no policy applied. */
	record Stretch(Instant from, Instant to, @Nullable Long calendarId) {
	}

	private final List<Stretch> stretches = new ArrayList<>();

	private @Nullable Instant since;

	private @Nullable Instant stoppedAt;

	private boolean started;

	boolean running() {
		return since != null;
	}

	boolean stopped() {
		return stoppedAt != null;
	}

	/** Closes the stretch running up to {@code t}, and goes on from there. */
	void cut(Instant t, @Nullable Long calendarId) {
		if (since != null && t.isAfter(since)) {
			stretches.add(new Stretch(since, t, calendarId));
			since = t;
		}
	}

	void start(Instant t) {
		if (since == null) {
			since = t;
			stoppedAt = null;
			started = true;
		}
	}

	/** Stops it: finished ({@code done}) or paused until it starts again. */
	void stop(Instant t, boolean done) {
		if (since != null || (done && started && stoppedAt == null)) {
			since = null;
			stoppedAt = done ? t : null;
		}
	}

	/** The business minutes it ran, the running stretch up to {@code now} included. */
	long minutes(BusinessTime time, long calendarId, Instant now) {
		long sum = 0;
		for (Stretch s : stretches) {
			sum += time.businessMinutes(calendarOf(s, calendarId), s.from(), s.to());
		}
		return since == null ? sum : sum + time.businessMinutes(calendarId, since, now);
	}

	/**
	 * The clock against a target: due when the time it ran reaches the target (on the
	 * calendar of the stretch in which it does, or the current one from where it runs
	 * now); breached when that instant lies before now (running), before it stopped, or
	 * already passed (paused).
	 */
	ClockReading read(long target, BusinessTime time, long calendarId, Instant now) {
		long left = target;
		for (Stretch s : stretches) {
			long cal = calendarOf(s, calendarId);
			long ran = time.businessMinutes(cal, s.from(), s.to());
			if (ran >= left) {
				Instant due = time.due(cal, s.from(), left);
				Instant until = since != null ? now : stoppedAt;
				return new ClockReading(target, due, state(), stoppedAt, until == null || due.isBefore(until), null);
			}
			left -= ran;
		}
		if (since != null) {
			Instant due = time.due(calendarId, since, left);
			return new ClockReading(target, due, ClockState.RUNNING, null, due.isBefore(now), null);
		}
		if (stoppedAt != null) {
			return new ClockReading(target, time.due(calendarId, stoppedAt, left), ClockState.STOPPED, stoppedAt, false,
					null);
		}
		return new ClockReading(target, null, ClockState.PAUSED, null, false, left);
	}

	private ClockState state() {
		return since != null ? ClockState.RUNNING : stoppedAt != null ? ClockState.STOPPED : ClockState.PAUSED;
	}

	private static long calendarOf(Stretch s, long fallback) {
		return s.calendarId() == null ? fallback : s.calendarId();
	}

}
