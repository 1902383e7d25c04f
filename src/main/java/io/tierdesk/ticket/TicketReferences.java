package io.tierdesk.ticket;

import java.time.Instant;
import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.domain.Actor;
import io.tierdesk.ticket.domain.Category;
import io.tierdesk.ticket.domain.Ticket;

/**
 * What a command names by id or path, resolved and checked: the category, the team, the
 * agent. A bad reference is a 400 naming the field, never a half-applied change.
 */
final class TicketReferences {

	private final TicketDesk desk;

	TicketReferences(TicketDesk desk) {
		this.desk = desk;
	}

	static Actor actor(Caller caller) {
		return new Actor(caller.id(), caller.name(), caller.isStaff());
	}

	void routeTo(Ticket ticket, long teamId, Actor actor, Instant now) {
		if (teamId == 0) {
			ticket.routeTo(null, "", actor, now);
			return;
		}
		TeamSummary team = desk.directory()
			.team(teamId)
			.orElseThrow(() -> new Problem.InvalidInput("teamId", "no team with id " + teamId));
		ticket.routeTo(teamId, team.name() + (team.tier() == null ? " (swarm)" : " (tier " + team.tier() + ")"), actor,
				now);
	}

	void assign(Ticket ticket, long assigneeId, Actor actor, Instant now) {
		Caller assignee = desk.directory()
			.caller(assigneeId)
			.filter(Caller::isStaff)
			.orElseThrow(() -> new Problem.InvalidInput("assigneeId", "no active agent with id " + assigneeId));
		ticket.assign(assigneeId, assignee.name(), actor, now);
	}

	Category category(String pathOrName) {
		var byPath = desk.categories().findByPathIgnoreCase(pathOrName.strip());
		if (byPath.isPresent()) {
			return byPath.get();
		}
		List<Category> byName = desk.categories().findByNameIgnoreCase(pathOrName.strip());
		if (byName.size() == 1) {
			return byName.get(0);
		}
		throw new Problem.InvalidInput("category", byName.isEmpty() ? "no category '" + pathOrName + "'"
				: "'" + pathOrName + "' is ambiguous; give the path, e.g. " + byName.get(0).path());
	}

}
