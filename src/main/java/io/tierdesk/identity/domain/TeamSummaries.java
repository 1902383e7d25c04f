package io.tierdesk.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tierdesk.identity.TeamSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every team's summary, read at most every {@link #FRESH_FOR}: each ticket view and queue
 * row shows its team, and a desk has a handful of teams that rarely change. An id the
 * snapshot does not know (a team just created on another node) reloads it at once, so a
 * new team is never refused.
 */
@Component
public class TeamSummaries {

	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private final TeamRepository teams;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	TeamSummaries(TeamRepository teams, Clock clock) {
		this.teams = teams;
		this.clock = clock;
	}

	public Map<Long, TeamSummary> of(Collection<Long> ids) {
		Snapshot current = current(false);
		if (!current.byId().keySet().containsAll(ids)) {
			current = current(true);
		}
		Map<Long, TeamSummary> found = new HashMap<>();
		for (Long id : ids) {
			TeamSummary team = current.byId().get(id);
			if (team != null) {
				found.put(id, team);
			}
		}
		return found;
	}

	private Snapshot current(boolean reload) {
		Instant now = clock.instant();
		Snapshot current = snapshot;
		if (reload || current == null || !now.isBefore(current.readAt().plus(FRESH_FOR))) {
			current = new Snapshot(teams.findAll()
				.stream()
				.map(Team::summary)
				.collect(Collectors.toUnmodifiableMap(TeamSummary::id, Function.identity())), now);
			snapshot = current;
		}
		return current;
	}

	private record Snapshot(Map<Long, TeamSummary> byId, Instant readAt) {
	}

}
