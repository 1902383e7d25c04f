package io.tierdesk.sla.web;

import java.time.Instant;
import java.util.Objects;

import io.tierdesk.platform.Words;
import io.tierdesk.sla.contract.ClockRows;

/** One ticket on the SLA page: which clock is due (in words) and when. */
record DueLine(long ticketId, String number, String subject, String priority, String clock, Instant dueAt) {

	/** The running clock the row's nearest due time belongs to. */
	static String clockOf(ClockRows.Row row) {
		Instant due = row.nextDueAt();
		if (row.firstResponseStoppedAt() == null && Objects.equals(due, row.firstResponseDueAt())) {
			return Words.of("FIRST_RESPONSE");
		}
		if (Objects.equals(due, row.nextResponseDueAt())) {
			return Words.of("NEXT_RESPONSE");
		}
		return Words.of("RESOLUTION");
	}

}
