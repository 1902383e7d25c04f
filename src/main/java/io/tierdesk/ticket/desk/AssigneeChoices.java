package io.tierdesk.ticket.desk;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.TeamModel;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.identity.UserViews.UserView;
import io.tierdesk.identity.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whom an assignee picker offers: the ticket's team first (only they can take it without
 * moving it), then the other agents. A vendor's contacts (members of a tier-4 team) are
 * offered only for a ticket in their vendor team: internal work is not handed to an
 * outside company by a slip of the mouse.
 */
@Component
class AssigneeChoices {

	/** The vendor tier: an outside company under contract. */
	private static final int VENDOR_TIER = 4;

	private final Users users;

	private final Directory directory;

	AssigneeChoices(Users users, Directory directory) {
		this.users = users;
		this.directory = directory;
	}

	/** The picker's two groups; {@code team} is null for a ticket in no team. */
	record Choices(@Nullable TeamSummary team, List<UserView> inTeam, List<UserView> others) {

		public boolean has(long userId) {
			return inTeam.stream().anyMatch(u -> u.id() == userId) || others.stream().anyMatch(u -> u.id() == userId);
		}

	}

	Choices forTeam(@Nullable TeamSummary team, Caller caller) {
		Set<Long> vendorTeams = directory.allTeams()
			.stream()
			.filter(t -> t.model() == TeamModel.TIERED && Integer.valueOf(VENDOR_TIER).equals(t.tier()))
			.map(TeamSummary::id)
			.collect(Collectors.toSet());
		List<UserView> agents = users.search(null, true, 0, 200, caller)
			.items()
			.stream()
			.filter(UserView::active)
			.toList();
		List<UserView> inTeam = team == null ? List.of()
				: agents.stream().filter(u -> u.teams().contains(team.id())).toList();
		List<UserView> others = agents.stream()
			.filter(u -> !inTeam.contains(u) && u.teams().stream().noneMatch(vendorTeams::contains))
			.toList();
		return new Choices(team, inTeam, others);
	}

}
