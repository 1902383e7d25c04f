package io.tierdesk.identity.web;

import java.net.URI;
import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Organisations;
import io.tierdesk.identity.Organisations.NewOrganisation;
import io.tierdesk.identity.Organisations.OrganisationView;
import io.tierdesk.identity.Teams;
import io.tierdesk.identity.Teams.NewTeam;
import io.tierdesk.identity.Teams.TeamView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Teams", description = "Tiered and swarm teams, their members, and organisations")
class TeamsApi {

	private final Teams teams;

	private final Organisations organisations;

	TeamsApi(Teams teams, Organisations organisations) {
		this.teams = teams;
		this.organisations = organisations;
	}

	@PostMapping("/teams")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createTeam", summary = "Create a team (admin): model TIERED with tier 1-4, or SWARM")
	ResponseEntity<TeamView> create(@Valid @RequestBody NewTeam command, Caller caller) {
		TeamView team = teams.create(command, caller);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(team);
	}

	@GetMapping("/teams")
	@Operation(operationId = "listTeams", summary = "All teams (staff)")
	List<TeamView> all(Caller caller) {
		return teams.all(caller);
	}

	@GetMapping("/teams/{id}")
	@Operation(operationId = "getTeam", summary = "One team (staff)")
	TeamView get(@PathVariable long id, Caller caller) {
		return teams.get(id, caller);
	}

	@PutMapping("/teams/{id}/members/{userId}")
	@Operation(summary = "Add a member (admin)")
	TeamView addMember(@PathVariable long id, @PathVariable long userId, Caller caller) {
		return teams.addMember(id, userId, caller);
	}

	@DeleteMapping("/teams/{id}/members/{userId}")
	@Operation(summary = "Remove a member (admin)")
	TeamView removeMember(@PathVariable long id, @PathVariable long userId, Caller caller) {
		return teams.removeMember(id, userId, caller);
	}

	@PostMapping("/organisations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createOrganisation", summary = "Create an organisation (admin)")
	ResponseEntity<OrganisationView> createOrganisation(@Valid @RequestBody NewOrganisation command, Caller caller) {
		OrganisationView created = organisations.create(command, caller);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
	}

	@PutMapping("/organisations/{id}")
	@Operation(operationId = "changeOrganisation",
			summary = "Change an organisation's name, domain and sharing (admin)")
	OrganisationView changeOrganisation(@PathVariable long id, @Valid @RequestBody NewOrganisation command,
			Caller caller) {
		return organisations.change(id, command, caller);
	}

	@GetMapping("/organisations")
	@Operation(operationId = "listOrganisations", summary = "All organisations (staff)")
	List<OrganisationView> organisations(Caller caller) {
		return organisations.all(caller);
	}

}
