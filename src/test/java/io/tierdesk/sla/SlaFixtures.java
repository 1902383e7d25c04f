package io.tierdesk.sla;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Calendars for the clock tests, written as rows (the calendar API is helper-slacal's and
 * not merged yet): office hours Monday to Friday 09:00–17:00 in Europe/Berlin.
 */
final class SlaFixtures {

	private SlaFixtures() {
	}

	static long berlinOfficeHours(JdbcTemplate jdbc) {
		String name = "Berlin office " + UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update(
				"insert into sla_calendar (name, time_zone, version, created_at, updated_at) values (?, ?, 0, ?, ?)",
				name, "Europe/Berlin", now, now);
		Long id = jdbc.queryForObject("select id from sla_calendar where name = ?", Long.class, name);
		for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
			jdbc.update("insert into sla_calendar_hours (calendar_id, day_of_week, start_minute, end_minute)"
					+ " values (?, ?, 540, 1020)", id, day.name());
		}
		return id;
	}

}
