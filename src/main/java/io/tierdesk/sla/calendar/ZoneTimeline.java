package io.tierdesk.sla.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's offset changes inside the supported range, as plain arrays: between two
 * transitions the offset is fixed, so the arithmetic walks these stretches ("segments")
 * without asking {@link ZoneRules} again. Built once per zone and shared by every
 * calendar in it.
 */
final class ZoneTimeline {

	private static final Map<ZoneId, ZoneTimeline> BY_ZONE = new ConcurrentHashMap<>();

	/** Instants (epoch seconds) at which the offset changes, ascending. */
	private final long[] transitions;

	/** The offset (seconds) in force before each transition. */
	private final int[] offsetsBefore;

	/**
	 * The offset after the last transition (or the fixed offset of a zone without any).
	 */
	private final int lastOffset;

	private ZoneTimeline(long[] transitions, int[] offsetsBefore, int lastOffset) {
		this.transitions = transitions;
		this.offsetsBefore = offsetsBefore;
		this.lastOffset = lastOffset;
	}

	static ZoneTimeline of(ZoneId zone) {
		return BY_ZONE.computeIfAbsent(zone, ZoneTimeline::build);
	}

	private static ZoneTimeline build(ZoneId zone) {
		ZoneRules rules = zone.getRules();
		Instant from = Instant.ofEpochSecond(SupportedRange.FIRST_INSTANT - 366L * 86400);
		List<ZoneOffsetTransition> found = new ArrayList<>();
		ZoneOffsetTransition next = rules.nextTransition(from);
		while (next != null && next.getInstant().getEpochSecond() < SupportedRange.END_INSTANT) {
			found.add(next);
			next = rules.nextTransition(next.getInstant());
		}
		long[] at = found.stream().mapToLong(t -> t.getInstant().getEpochSecond()).toArray();
		int[] before = found.stream().mapToInt(t -> t.getOffsetBefore().getTotalSeconds()).toArray();
		int last = found.isEmpty() ? rules.getOffset(from).getTotalSeconds()
				: found.get(found.size() - 1).getOffsetAfter().getTotalSeconds();
		return new ZoneTimeline(at, before, last);
	}

	/** The segment holding an instant: the index of the first transition after it. */
	int segmentOf(long epochSecond) {
		int found = Arrays.binarySearch(transitions, epochSecond);
		return found >= 0 ? found + 1 : -found - 1;
	}

	/** The offset (seconds) throughout a segment. */
	int offsetOf(int segment) {
		return segment < transitions.length ? offsetsBefore[segment] : lastOffset;
	}

	/**
	 * Where a segment ends (exclusive, epoch seconds): its transition or the range's end.
	 */
	long endOf(int segment) {
		return segment < transitions.length ? transitions[segment] : SupportedRange.END_INSTANT;
	}

	boolean isLast(int segment) {
		return segment >= transitions.length;
	}

}
