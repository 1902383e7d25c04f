package io.tierdesk.sla.job;

import java.time.ZoneId;

import io.tierdesk.ticket.Priority;

/**
 * What a deadline stands on, in the words the timeline uses: the policy (whose actions
 * run), the ticket's priority and the calendar with its zone (due Tue 14:00 · P2 on
 * Berlin office hours).
 */
public record DeadlineBasis(long policyId, Priority priority, String calendar, ZoneId zone) {

	public DeadlineBasis {
		if (calendar.isBlank()) {
			throw new IllegalArgumentException("a deadline's calendar has a name");
		}
	}

}
