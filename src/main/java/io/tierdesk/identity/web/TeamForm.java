package io.tierdesk.identity.web;

import io.tierdesk.identity.TeamModel;
import io.tierdesk.identity.Teams;
import io.tierdesk.identity.Teams.NewTeam;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The admin page's "new team" form, with the limits of the API's {@link NewTeam}; the
 * tier's range is the team's own rule. A swarm has no tier, whatever the tier field says.
 */
record TeamForm(@NotBlank(message = "give the team a name") @Size(max = Teams.NAME_MAX) String name,
		@NotNull TeamModel model, @Nullable Integer tier) {

	static TeamForm blank() {
		return new TeamForm("", TeamModel.TIERED, 1);
	}

	NewTeam command() {
		return new NewTeam(name.strip(), model, model == TeamModel.SWARM ? null : tier);
	}

}
