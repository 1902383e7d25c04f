package io.tierdesk.sla.clock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tickets resolved in the last {@link #WINDOW}, read once and kept for
 * {@link #KEPT_FOR} of clock time, so that a queue page's estimates cost no query for
 * them: forgotten here when a resolution commits on this node; another node's is seen at
 * the latest once what is kept has aged.
 */
@Component
public class ResolutionHistory {

	public static final Duration WINDOW = Duration.ofDays(30);

	static final Duration KEPT_FOR = Duration.ofMinutes(10);

	private record Kept(Instant readAt, List<ResolvedSample> samples) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile @Nullable Kept kept;

	ResolutionHistory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Resolved in the window up to now. */
	public List<ResolvedSample> recent() {
		Instant now = clock.instant();
		Kept k = kept;
		if (k == null || now.isBefore(k.readAt()) || now.isAfter(k.readAt().plus(KEPT_FOR))) {
			k = new Kept(now, resolvedSince(now.minus(WINDOW).minus(KEPT_FOR)));
			kept = k;
		}
		Instant from = now.minus(WINDOW);
		return k.samples()
			.stream()
			.filter(s -> !s.resolvedAt().isBefore(from) && !s.resolvedAt().isAfter(now))
			.toList();
	}

	void forget() {
		kept = null;
	}

	private List<ResolvedSample> resolvedSince(Instant since) {
		return List.copyOf(jdbc.query("""
				select team_id, priority, category_id, resolved_at, resolution_minutes from sla_ticket_flow
				where resolved_at >= ? and resolution_minutes is not null""",
				(rs, row) -> new ResolvedSample(rs.getObject("team_id", Long.class),
						Priority.valueOf(rs.getString("priority")), rs.getObject("category_id", Long.class),
						rs.getTimestamp("resolved_at").toInstant(), rs.getLong("resolution_minutes")),
				Timestamp.from(since)));
	}

}
