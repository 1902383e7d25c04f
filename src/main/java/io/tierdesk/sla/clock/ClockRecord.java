package io.tierdesk.sla.clock;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Each ticket's clocks as last computed, in sla_ticket_clock: what the ticket page
 * explains, and the due instants a timer can be scheduled from ({@code next_due_at} is
 * indexed).
 */
@Repository
class ClockRecord {

	private final JdbcTemplate jdbc;

	ClockRecord(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(long ticketId, Clocks c, Instant now) {
		ClockReading next = c.nextResponse();
		jdbc.update("""
				update sla_ticket_clock set policy_id = ?, calendar_id = ?, priority = ?, why = ?,
				    first_response_due_at = ?, first_response_state = ?, first_response_stopped_at = ?,
				    resolution_due_at = ?, resolution_state = ?, resolution_stopped_at = ?, resolution_minutes_left = ?,
				    next_response_due_at = ?, next_response_state = ?, next_response_stopped_at = ?,
				    paused_minutes = ?, next_due_at = ?, computed_at = ?, organisation_id = ?
				where ticket_id = ?""", c.policy().id(), c.policy().calendarId(), c.priority().name(),
				c.why().byDefault() ? "default" : "rule " + c.why().rule(), ts(c.firstResponse().dueAt()),
				c.firstResponse().state().name(), ts(c.firstResponse().stoppedAt()), ts(c.resolution().dueAt()),
				c.resolution().state().name(), ts(c.resolution().stoppedAt()), c.resolution().minutesLeft(),
				next == null ? null : ts(next.dueAt()), next == null ? null : next.state().name(),
				next == null ? null : ts(next.stoppedAt()), c.pausedMinutes(), ts(c.nextDueAt()), ts(now),
				c.organisationId(), ticketId);
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
