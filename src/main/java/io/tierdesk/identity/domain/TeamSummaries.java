package io.tierdesk.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tierdesk.identity.TeamSummary;
import io.tierdesk.platform.RecentRead;
import org.springframework.stereotype.Component;

/**
 * Every team's summary, read at most every 10 seconds: each ticket view and queue row
 * shows its team, and a desk has a handful of teams that rarely change. An id the
 * snapshot does not know (a team just created on another node) reloads it at once, so a
 * new team is never refused.
 */
@Component
public class TeamSummaries {

	private final RecentRead<Map<Long, TeamSummary>> all;

	TeamSummaries(TeamRepository teams, Clock clock) {
		this.all = new RecentRead<>(Duration.ofSeconds(10), clock,
				() -> teams.findAll()
					.stream()
					.map(Team::summary)
					.collect(Collectors.toUnmodifiableMap(TeamSummary::id, Function.identity())));
	}

	/** A new or changed team shows everywhere on this node as soon as it commits. */
	public void forgetAfterCommit() {
		all.forgetAfterCommit();
	}

	public Map<Long, TeamSummary> of(Collection<Long> ids) {
		Map<Long, TeamSummary> byId = all.get();
		if (!byId.keySet().containsAll(ids)) {
			byId = all.reload();
		}
		Map<Long, TeamSummary> found = new HashMap<>();
		for (Long id : ids) {
			TeamSummary team = byId.get(id);
			if (team != null) {
				found.put(id, team);
			}
		}
		return found;
	}

}
