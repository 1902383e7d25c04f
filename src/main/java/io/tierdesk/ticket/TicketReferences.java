package io.tierdesk.ticket;

import java.time.Instant;
import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.domain.Category;
import io.tierdesk.ticket.domain.CategoryRepository;
import io.tierdesk.ticket.domain.TeamRef;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketAccess;
import io.tierdesk.ticket.domain.TicketRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a command names by id or path, resolved and checked: the category, the team, the
 * agent. A bad reference is a 400 naming the field, never a half-applied change. The same
 * checks hold for a person and for the system.
 */
@Component
class TicketReferences {

	private final Directory directory;

	private final CategoryRepository categories;

	private final TicketRepository tickets;

	TicketReferences(Directory directory, CategoryRepository categories, TicketRepository tickets) {
		this.directory = directory;
		this.categories = categories;
		this.tickets = tickets;
	}

	/**
	 * The closed ticket a new one follows up, if the caller may see it. An open one takes
	 * a reply and a resolved one is reopened, so only a closed ticket gets follow-ups.
	 */
	@Nullable Long followUpOf(@Nullable Long ticketId, Caller caller) {
		if (ticketId == null) {
			return null;
		}
		Ticket earlier = tickets.findById(ticketId)
			.filter(t -> TicketAccess.canSee(caller, t))
			.orElseThrow(() -> new Problem.InvalidInput("followUpOf", "no ticket " + Ticket.NUMBER_PREFIX + ticketId));
		if (earlier.status() != Status.CLOSED) {
			throw new Problem.InvalidInput("followUpOf", earlier.number() + " is " + earlier.status().label()
					+ "; only a closed ticket gets a follow-up (reply to it or reopen it instead)");
		}
		return ticketId;
	}

	TeamRef team(long teamId) {
		TeamSummary team = directory.team(teamId)
			.orElseThrow(() -> new Problem.InvalidInput("teamId", "no team with id " + teamId));
		String label = team.name() + (team.tier() == null ? " (swarm)" : " (tier " + team.tier() + ")");
		return new TeamRef(teamId, label, directory.membersOf(teamId));
	}

	/** Moves the ticket to a team; {@code null} takes it out of any team. */
	void routeTo(Ticket ticket, @Nullable Long teamId, @Nullable String reason, Actor actor, Instant now) {
		ticket.routeTo(teamId == null ? null : team(teamId), reason, actor, now);
	}

	/**
	 * Gives the ticket to an active agent who is a member of its team (any agent while it
	 * has no team); {@code null} leaves it unassigned.
	 */
	void assign(Ticket ticket, @Nullable Long assigneeId, @Nullable String reason, Actor actor, Instant now) {
		if (assigneeId == null) {
			ticket.assign(null, "", reason, actor, now);
			return;
		}
		Caller assignee = directory.caller(assigneeId)
			.filter(Caller::isStaff)
			.orElseThrow(() -> new Problem.InvalidInput("assigneeId", "no active agent with id " + assigneeId));
		Long teamId = ticket.teamId();
		if (teamId != null && !directory.membersOf(teamId).contains(assigneeId)) {
			throw new Problem.InvalidInput("assigneeId", assignee.name() + " is not a member of "
					+ directory.team(teamId).map(TeamSummary::name).orElse("the ticket's team"));
		}
		ticket.assign(assigneeId, assignee.name(), reason, actor, now);
	}

	Category category(String pathOrName) {
		var byPath = categories.findByPathIgnoreCase(pathOrName.strip());
		if (byPath.isPresent()) {
			return byPath.get();
		}
		List<Category> byName = categories.findByNameIgnoreCase(pathOrName.strip());
		if (byName.size() == 1) {
			return byName.get(0);
		}
		throw new Problem.InvalidInput("category", byName.isEmpty() ? "no category '" + pathOrName + "'"
				: "'" + pathOrName + "' is ambiguous; give the path, e.g. " + byName.get(0).path());
	}

}
