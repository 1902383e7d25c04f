package io.tierdesk.sla.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;
import io.tierdesk.ticket.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadlines that stand now ({@code sla_deadline}), one per ticket, target and kind,
 * as the clock last scheduled them in the transaction of its recompute: so they are
 * exactly as current as the clock, and a timer that fires for a deadline not (or no
 * longer) here does nothing.
 */
@Repository
class ScheduledDeadlines implements DeadlineStandings {

	private final JdbcClient jdbc;

	ScheduledDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<DeadlineBasis> standing(Deadline deadline) {
		jdbc.sql("select target from sla_deadline where ticket_id = ? for update")
			.param(deadline.ticketId())
			.query(String.class)
			.list();
		return jdbc.sql("""
				select policy_id, priority, calendar, zone_id from sla_deadline
				where ticket_id = ? and target = ? and kind = ? and due_at = ?""")
			.params(deadline.ticketId(), deadline.target().name(), deadline.kind().name(), utc(deadline.due()))
			.query(ScheduledDeadlines::basis)
			.optional();
	}

	/** When this ticket's target is due now (or warns), if it is scheduled. */
	Optional<Instant> due(long ticketId, SlaTarget target, DeadlineKind kind) {
		return jdbc.sql("select due_at from sla_deadline where ticket_id = ? and target = ? and kind = ?")
			.params(ticketId, target.name(), kind.name())
			.query((row, n) -> row.getObject("due_at", OffsetDateTime.class).toInstant())
			.optional();
	}

	void put(Deadline deadline, DeadlineBasis basis) {
		remove(deadline.ticketId(), deadline.target(), deadline.kind());
		jdbc.sql("""
				insert into sla_deadline (ticket_id, target, kind, due_at, policy_id, priority, calendar, zone_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(deadline.ticketId(), deadline.target().name(), deadline.kind().name(), utc(deadline.due()),
					basis.policyId(), basis.priority().name(), basis.calendar(), basis.zone().getId())
			.update();
	}

	void remove(long ticketId, SlaTarget target, DeadlineKind kind) {
		jdbc.sql("delete from sla_deadline where ticket_id = ? and target = ? and kind = ?")
			.params(ticketId, target.name(), kind.name())
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static DeadlineBasis basis(ResultSet row, int n) throws SQLException {
		return new DeadlineBasis(row.getLong("policy_id"), Priority.valueOf(row.getString("priority")),
				row.getString("calendar"), ZoneId.of(row.getString("zone_id")));
	}

}
