package io.tierdesk.sla.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.tierdesk.sla.clock.BusinessTime;

/**
 * Every minute a business minute: the estimate's arithmetic without a calendar's gaps.
 */
final class AroundTheClock implements BusinessTime {

	@Override
	public Instant due(long calendarId, Instant start, long minutes) {
		return start.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(minutes));
	}

	@Override
	public long businessMinutes(long calendarId, Instant from, Instant to) {
		return Math.max(0,
				Duration.between(from.truncatedTo(ChronoUnit.MINUTES), to.truncatedTo(ChronoUnit.MINUTES)).toMinutes());
	}

}
