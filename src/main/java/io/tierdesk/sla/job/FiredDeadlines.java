package io.tierdesk.sla.job;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fired-once guard ({@code sla_deadline_fired}): a deadline acts in the transaction
 * that records it here. Its key is the deadline itself, so a second run of the same
 * deadline finds the row, and two runs racing on two nodes collide on the key: one
 * commits, the other's insert fails and its transaction, actions included, rolls back.
 */
@Repository
class FiredDeadlines {

	private final JdbcClient jdbc;

	FiredDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean fired(Deadline deadline) {
		return jdbc.sql("""
				select count(*) from sla_deadline_fired
				where ticket_id = ? and target = ? and kind = ? and due_at = ?""")
			.params(deadline.ticketId(), deadline.target().name(), deadline.kind().name(),
					ScheduledDeadlines.utc(deadline.due()))
			.query(Long.class)
			.single() > 0;
	}

	/** The latest due instant of this kind that fired for the ticket's target. */
	Optional<Instant> latestDue(long ticketId, SlaTarget target, DeadlineKind kind) {
		return jdbc.sql("select max(due_at) from sla_deadline_fired where ticket_id = ? and target = ? and kind = ?")
			.params(ticketId, target.name(), kind.name())
			.query((row, n) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
			.single()
			.map(OffsetDateTime::toInstant);
	}

	/**
	 * Throws {@link org.springframework.dao.DuplicateKeyException} when another run
	 * recorded it first.
	 */
	void record(Deadline deadline, Instant at) {
		jdbc.sql("insert into sla_deadline_fired (ticket_id, target, kind, due_at, fired_at) values (?, ?, ?, ?, ?)")
			.params(deadline.ticketId(), deadline.target().name(), deadline.kind().name(),
					ScheduledDeadlines.utc(deadline.due()), ScheduledDeadlines.utc(at))
			.update();
	}

}
