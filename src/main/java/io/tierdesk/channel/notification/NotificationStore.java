package io.tierdesk.channel.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.tierdesk.channel.NotificationView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code channel_notification}: every query is narrowed to one person. */
@Repository
public class NotificationStore {

	private static final String COLUMNS = "id, text, ticket_id, created_at, read_at";

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(long personId, String onceKey) {
		return jdbc.sql("select count(*) from channel_notification where person_id = ? and once_key = ?")
			.params(personId, onceKey)
			.query(Long.class)
			.single() > 0;
	}

	public void add(long personId, String text, @Nullable Long ticketId, String onceKey, Instant at) {
		jdbc.sql("""
				insert into channel_notification (person_id, ticket_id, text, created_at, once_key)
				values (?, ?, ?, ?, ?)""").params(personId, ticketId, text, utc(at), onceKey).update();
	}

	public List<NotificationView> page(long personId, long offset, int size) {
		return jdbc.sql("select " + COLUMNS
				+ " from channel_notification where person_id = ? order by id desc offset ? rows fetch next ? rows only")
			.params(personId, offset, size)
			.query(NotificationStore::view)
			.list();
	}

	public long count(long personId) {
		return jdbc.sql("select count(*) from channel_notification where person_id = ?")
			.param(personId)
			.query(Long.class)
			.single();
	}

	public long unread(long personId) {
		return jdbc.sql("select count(*) from channel_notification where person_id = ? and read_at is null")
			.param(personId)
			.query(Long.class)
			.single();
	}

	public Optional<NotificationView> find(long id, long personId) {
		return jdbc.sql("select " + COLUMNS + " from channel_notification where id = ? and person_id = ?")
			.params(id, personId)
			.query(NotificationStore::view)
			.optional();
	}

	public void markRead(long id, long personId, Instant at) {
		jdbc.sql("update channel_notification set read_at = ? where id = ? and person_id = ? and read_at is null")
			.params(utc(at), id, personId)
			.update();
	}

	public void markAllRead(long personId, Instant at) {
		jdbc.sql("update channel_notification set read_at = ? where person_id = ? and read_at is null")
			.params(utc(at), personId)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static NotificationView view(ResultSet row, int n) throws SQLException {
		OffsetDateTime readAt = row.getObject("read_at", OffsetDateTime.class);
		return new NotificationView(row.getLong("id"), row.getString("text"), row.getObject("ticket_id", Long.class),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				readAt == null ? null : readAt.toInstant());
	}

}
