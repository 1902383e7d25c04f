package io.tierdesk.sla.risk;

import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;

/**
 * What an estimate rests on: how alike the tickets it was measured on are
 * ({@code likeness}), how many there were and the median business minutes their
 * resolution took; the tickets ahead in the team's queue and the team's mean business
 * minutes between two resolutions (null when the team resolved none lately, or the ticket
 * has no team).
 */
public record Basis(Likeness likeness, Priority priority, @Nullable Long categoryId, int samples, long medianMinutes,
		@Nullable Long teamId, int ahead, @Nullable Long minutesBetweenResolutions, int windowDays) {

	/** The tickets measured, from the most alike to any. */
	public enum Likeness {

		PRIORITY_AND_CATEGORY, PRIORITY, ANY

	}

	/** Business minutes the queue ahead is likely to take. */
	public long queueMinutes() {
		return minutesBetweenResolutions == null ? 0 : ahead * minutesBetweenResolutions;
	}

}
