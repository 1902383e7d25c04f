package io.tierdesk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tierdesk.identity.domain.OrganisationRepository;
import io.tierdesk.identity.domain.TeamRepository;
import io.tierdesk.identity.domain.TeamSummaries;
import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of users and teams for other modules: by id, in batches for lists,
 * and as callers.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final UserRepository users;

	private final TeamRepository teams;

	private final OrganisationRepository organisations;

	private final TeamSummaries teamSummaries;

	Directory(UserRepository users, TeamRepository teams, OrganisationRepository organisations,
			TeamSummaries teamSummaries) {
		this.teamSummaries = teamSummaries;
		this.users = users;
		this.teams = teams;
		this.organisations = organisations;
	}

	public Optional<UserSummary> user(long id) {
		return users.findById(id).map(UserAccount::summary);
	}

	public Optional<UserSummary> userByEmail(String email) {
		return users.findByEmail(UserAccount.normalise(email)).map(UserAccount::summary);
	}

	public Map<Long, UserSummary> users(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return users.findSummaries(ids).stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	public Optional<Caller> caller(long userId) {
		return users.findById(userId).filter(UserAccount::isActive).map(this::asCaller);
	}

	public Optional<Caller> callerByEmail(String email) {
		return users.findByEmail(UserAccount.normalise(email)).map(this::asCaller);
	}

	public Optional<Role> roleOf(long userId) {
		return users.findById(userId).map(UserAccount::role);
	}

	public Map<Long, Role> roles(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return users.findRoles(ids).stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Role) row[1]));
	}

	public Optional<TeamSummary> team(long id) {
		return Optional.ofNullable(teamSummaries.of(java.util.List.of(id)).get(id));
	}

	public Map<Long, TeamSummary> teams(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : teamSummaries.of(ids);
	}

	public List<TeamSummary> allTeams() {
		return teams.findAll().stream().map(t -> t.summary()).toList();
	}

	/** Who may own the team's tickets; empty for a team that does not exist. */
	public java.util.Set<Long> membersOf(long teamId) {
		return teams.findById(teamId).map(t -> t.members()).orElse(java.util.Set.of());
	}

	/**
	 * The longest-serving active admin, who sets up what the desk starts with (the demo
	 * desk) as a person would, through the same admin checks.
	 */
	public Optional<Caller> firstAdmin() {
		return users.findFirstByRoleAndActiveTrueOrderByIdAsc(Role.ADMIN).map(this::asCaller);
	}

	public List<Long> teamIdsOf(long userId) {
		return teams.findByMember(userId).stream().map(t -> t.id()).toList();
	}

	Caller asCaller(UserAccount user) {
		Long organisationId = user.organisationId();
		boolean shares = organisationId != null
				&& organisations.findById(organisationId).map(o -> o.sharesTickets()).orElse(false);
		return new Caller(user.id(), user.email(), user.name(), user.role(), organisationId, shares);
	}

}
