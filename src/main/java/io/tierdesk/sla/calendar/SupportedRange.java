package io.tierdesk.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The instants the calendar arithmetic accepts and may answer with. Starts lie in
 * 1970–2199; the arithmetic may run on to 2400 (ten years of minutes on a calendar open
 * one hour a week would need more and is refused as beyond the range). A bounded range is
 * also what guarantees that no computation loops forever.
 */
public final class SupportedRange {

	public static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");

	/** The first instant no longer accepted as a start (exclusive). */
	public static final Instant LAST_START = Instant.parse("2200-01-01T00:00:00Z");

	static final long FIRST_INSTANT = FIRST.getEpochSecond();

	static final int FIRST_YEAR = 1970;

	static final int END_YEAR = 2400;

	static final long END_INSTANT = LocalDate.of(END_YEAR, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

	/** Ten years of minutes: the longest duration a due time is computed for. */
	public static final long MAX_MINUTES = 10L * 366 * 24 * 60;

	private SupportedRange() {
	}

	public static boolean accepts(Instant start) {
		return !start.isBefore(FIRST) && start.isBefore(LAST_START);
	}

}
