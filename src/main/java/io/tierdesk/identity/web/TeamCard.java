package io.tierdesk.identity.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Teams.TeamView;
import io.tierdesk.identity.UserSummary;
import org.jspecify.annotations.Nullable;

/**
 * A team as its card on the admin page shows it: members by name and email, not by id.
 */
record TeamCard(long id, String name, @Nullable Integer tier, List<UserSummary> members) {

	private static final Comparator<UserSummary> BY_NAME = Comparator.comparing(UserSummary::name,
			String.CASE_INSENSITIVE_ORDER);

	/** One directory query for the members of every team, not one per member. */
	static List<TeamCard> of(List<TeamView> teams, Directory directory) {
		Map<Long, UserSummary> people = directory.users(memberIds(teams));
		return teams.stream().map(team -> of(team, people)).toList();
	}

	/** A member row references its user, so every member id has a summary. */
	private static TeamCard of(TeamView team, Map<Long, UserSummary> people) {
		List<UserSummary> members = team.members().stream().map(people::get).sorted(BY_NAME).toList();
		return new TeamCard(team.id(), team.name(), team.tier(), members);
	}

	private static Collection<Long> memberIds(List<TeamView> teams) {
		return teams.stream().flatMap(team -> team.members().stream()).distinct().toList();
	}

}
