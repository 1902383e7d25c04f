package io.tierdesk.sla.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tickets' flows (sla_ticket_flow), written when a ticket's facts fold under the lock
 * of its clock row, read by the at-risk estimate a page at a time: the page's tickets,
 * and the tickets waiting in their teams ({@link ResolutionHistory} reads the ones
 * resolved lately).
 */
@Repository
public class FlowStore {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final ResolutionHistory history;

	FlowStore(JdbcTemplate jdbc, ResolutionHistory history) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.history = history;
	}

	void save(Flow f) {
		Object[] values = { f.teamId(), f.priority().name(), f.categoryId(), f.calendarId(), ts(f.createdAt()),
				f.waiting(), ts(f.resolutionDueAt()), f.resolutionTargetMinutes(), ts(f.resolvedAt()),
				f.resolutionMinutes(), f.ticketId() };
		int updated = jdbc.update("""
				update sla_ticket_flow set team_id = ?, priority = ?, category_id = ?, calendar_id = ?, created_at = ?,
				    waiting = ?, resolution_due_at = ?, resolution_target_minutes = ?, resolved_at = ?,
				    resolution_minutes = ?
				where ticket_id = ?""", values);
		if (updated == 0) {
			jdbc.update("""
					insert into sla_ticket_flow (team_id, priority, category_id, calendar_id, created_at, waiting,
					    resolution_due_at, resolution_target_minutes, resolved_at, resolution_minutes, ticket_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
		}
		if (!f.waiting()) {
			forgetHistoryAfterCommit();
		}
	}

	/**
	 * The flows of these tickets (a page of the queue); tickets without one are left out.
	 */
	public List<Flow> of(Collection<Long> ticketIds) {
		if (ticketIds.isEmpty()) {
			return List.of();
		}
		return named.query("select * from sla_ticket_flow where ticket_id in (:ids)",
				new MapSqlParameterSource("ids", ticketIds), FlowStore::flow);
	}

	/** The tickets waiting for these teams. */
	public List<Flow> waitingIn(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return named.query("select * from sla_ticket_flow where waiting = true and team_id in (:teams)",
				new MapSqlParameterSource("teams", teamIds), FlowStore::flow);
	}

	/** The tickets waiting whose resolution clock runs, soonest due first. */
	public List<Flow> waitingWithDueTime(int limit) {
		return jdbc.query("""
				select * from sla_ticket_flow where waiting = true and resolution_due_at is not null
				order by resolution_due_at, ticket_id fetch first ? rows only""", FlowStore::flow, limit);
	}

	/** A resolution or a reopening changes the history once it commits, not before. */
	private void forgetHistoryAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					history.forget();
				}
			});
		}
		else {
			history.forget();
		}
	}

	private static Flow flow(ResultSet rs, int row) throws SQLException {
		return new Flow(rs.getLong("ticket_id"), rs.getObject("team_id", Long.class),
				Priority.valueOf(rs.getString("priority")), rs.getObject("category_id", Long.class),
				rs.getObject("calendar_id", Long.class), rs.getTimestamp("created_at").toInstant(),
				rs.getBoolean("waiting"), instant(rs.getTimestamp("resolution_due_at")),
				rs.getObject("resolution_target_minutes", Long.class), instant(rs.getTimestamp("resolved_at")),
				rs.getObject("resolution_minutes", Long.class));
	}

	private static @Nullable Instant instant(@Nullable Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
