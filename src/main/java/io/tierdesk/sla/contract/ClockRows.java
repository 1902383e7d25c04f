package io.tierdesk.sla.contract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads each ticket's clocks as last computed (sla_ticket_clock) for compliance and for
 * the managers' SLA page.
 */
@Repository
public class ClockRows {

	private final JdbcTemplate jdbc;

	ClockRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One ticket's first response and resolution as stored. */
	public record Row(long ticketId, Priority priority, @Nullable Long organisationId,
			@Nullable Instant firstResponseDueAt, @Nullable Instant firstResponseStoppedAt,
			@Nullable Instant resolutionDueAt, @Nullable Instant resolutionStoppedAt, @Nullable Instant nextDueAt,
			@Nullable Instant nextResponseDueAt) {
	}

	/**
	 * The clocks a target of which may have ended in the half-open period: stopped or due
	 * in it (an outcome is one of the two); of one organisation when given.
	 */
	List<Row> endingWithin(Instant from, Instant to, @Nullable Long organisationId) {
		List<Object> args = new ArrayList<>();
		StringBuilder where = new StringBuilder();
		for (String column : List.of("first_response_due_at", "first_response_stopped_at", "resolution_due_at",
				"resolution_stopped_at")) {
			where.append(where.isEmpty() ? "" : " or ").append("(" + column + " >= ? and " + column + " < ?)");
			args.add(Timestamp.from(from));
			args.add(Timestamp.from(to));
		}
		String organisation = "";
		if (organisationId != null) {
			organisation = " and organisation_id = ?";
			args.add(organisationId);
		}
		return jdbc.query(
				"select * from sla_ticket_clock where priority is not null and (" + where + ")" + organisation,
				ClockRows::row, args.toArray());
	}

	/** Clocks running towards a due time in the half-open period, nearest first. */
	public List<Row> dueWithin(Instant from, Instant to, int limit) {
		return jdbc.query("""
				select * from sla_ticket_clock where next_due_at >= ? and next_due_at < ?
				order by next_due_at, ticket_id fetch first ? rows only""", ClockRows::row, Timestamp.from(from),
				Timestamp.from(to), limit);
	}

	/**
	 * Clocks still running past their due time, the most recent breach first: those are
	 * still worth rescuing, while the oldest lead the desk's queue sorted by due time
	 * anyway.
	 */
	public List<Row> overdueAt(Instant now, int limit) {
		return jdbc.query("""
				select * from sla_ticket_clock where next_due_at < ?
				order by next_due_at desc, ticket_id fetch first ? rows only""", ClockRows::row, Timestamp.from(now),
				limit);
	}

	/** How many clocks run past their due time. */
	public long countOverdueAt(Instant now) {
		Long count = jdbc.queryForObject("select count(*) from sla_ticket_clock where next_due_at < ?", Long.class,
				Timestamp.from(now));
		return count == null ? 0 : count;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("ticket_id"), Priority.valueOf(rs.getString("priority")),
				rs.getObject("organisation_id", Long.class), at(rs, "first_response_due_at"),
				at(rs, "first_response_stopped_at"), at(rs, "resolution_due_at"), at(rs, "resolution_stopped_at"),
				at(rs, "next_due_at"), at(rs, "next_response_due_at"));
	}

	private static @Nullable Instant at(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
