package io.tierdesk.sla.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The facts of each ticket (sla_fact) and the row that stands for its clocks
 * (sla_ticket_clock), which is also the lock two listeners of one ticket take in turn.
 * Inserts skip what exists ({@code on conflict do nothing}), so a redelivered event or
 * two first events of one ticket never fail.
 */
@Repository
class FactStore {

	private final JdbcTemplate jdbc;

	FactStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the ticket's clock row until the transaction ends. */
	void lock(long ticketId) {
		jdbc.update("insert into sla_ticket_clock (ticket_id, paused_minutes) values (?, 0) on conflict do nothing",
				ticketId);
		jdbc.queryForList("select ticket_id from sla_ticket_clock where ticket_id = ? for update", ticketId);
	}

	void add(long ticketId, ClockFact fact) {
		jdbc.update("""
				insert into sla_fact (ticket_id, fact_key, kind, at, from_value, to_value, ticket_type, channel,
				    category_id, organisation_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", ticketId, fact.key(),
				fact.kind().name(), Timestamp.from(fact.at()), fact.from(), fact.to(), name(fact.type()),
				name(fact.channel()), fact.categoryId(), fact.organisationId());
	}

	List<ClockFact> of(long ticketId) {
		return jdbc.query("select * from sla_fact where ticket_id = ? order by id", FactStore::fact, ticketId);
	}

	private static ClockFact fact(ResultSet rs, int row) throws SQLException {
		String type = rs.getString("ticket_type");
		String channel = rs.getString("channel");
		return new ClockFact(rs.getString("fact_key"), FactKind.valueOf(rs.getString("kind")),
				rs.getTimestamp("at").toInstant(), rs.getString("from_value"), rs.getString("to_value"),
				type == null ? null : TicketType.valueOf(type), channel == null ? null : Channel.valueOf(channel),
				rs.getObject("category_id", Long.class), rs.getObject("organisation_id", Long.class));
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

}
