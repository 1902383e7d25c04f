package io.tierdesk.identity;

import java.time.Clock;
import java.util.List;

import io.tierdesk.identity.domain.Team;
import io.tierdesk.identity.domain.TeamRepository;
import io.tierdesk.identity.domain.TeamSummaries;
import io.tierdesk.identity.domain.UserRepository;
import io.tierdesk.platform.Problem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating teams and managing their members. */
@Service
@Transactional
public class Teams {

	private static final Integer FIRST_TIER = 1;

	private final TeamRepository teams;

	private final UserRepository users;

	private final TeamSummaries summaries;

	private final Clock clock;

	Teams(TeamRepository teams, UserRepository users, TeamSummaries summaries, Clock clock) {
		this.teams = teams;
		this.users = users;
		this.summaries = summaries;
		this.clock = clock;
	}

	/** The longest team name; the API and the admin page both refuse a longer one. */
	public static final int NAME_MAX = 200;

	/** A tiered team without a tier starts at tier 1, first contact. */
	public record NewTeam(@NotBlank @Size(max = NAME_MAX) String name, @NotNull TeamModel model, @Schema(
			description = "TIERED: 1 (first contact, the default) to 4 (outside vendor); SWARM: none") @Nullable @Min(1) @Max(4) Integer tier) {
	}

	public record TeamView(long id, String name, TeamModel model, @Nullable Integer tier, List<Long> members) {
	}

	public TeamView create(NewTeam command, Caller by) {
		Users.requireAdmin(by);
		if (teams.findByNameIgnoreCase(command.name().strip()).isPresent()) {
			throw new Problem.Conflict("Name in use", "A team named " + command.name() + " already exists.");
		}
		Integer tier = command.tier() == null && command.model() == TeamModel.TIERED ? FIRST_TIER : command.tier();
		Team team = teams.save(new Team(command.name(), command.model(), tier, clock.instant()));
		summaries.forgetAfterCommit();
		return view(team);
	}

	public TeamView addMember(long teamId, long userId, Caller by) {
		Users.requireAdmin(by);
		Team team = team(teamId);
		var user = users.findById(userId).orElseThrow(() -> new Problem.NotFound("User " + userId));
		if (!user.role().isStaff()) {
			throw new Problem.InvalidInput("userId", "only staff can be team members, not requesters");
		}
		team.addMember(userId);
		return view(team);
	}

	public TeamView removeMember(long teamId, long userId, Caller by) {
		Users.requireAdmin(by);
		Team team = team(teamId);
		team.removeMember(userId);
		return view(team);
	}

	/** Staff only: which teams exist and who is in them is internal to the desk. */
	@Transactional(readOnly = true)
	public List<TeamView> all(Caller by) {
		Users.requireStaff(by);
		return teams.findAll(org.springframework.data.domain.Sort.by("name")).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public TeamView get(long teamId, Caller by) {
		Users.requireStaff(by);
		return view(team(teamId));
	}

	private Team team(long teamId) {
		return teams.findById(teamId).orElseThrow(() -> new Problem.NotFound("Team " + teamId));
	}

	private TeamView view(Team team) {
		TeamSummary summary = team.summary();
		return new TeamView(summary.id(), summary.name(), summary.model(), summary.tier(),
				team.members().stream().sorted().toList());
	}

}
