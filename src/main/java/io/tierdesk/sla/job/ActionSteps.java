package io.tierdesk.sla.job;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.TeamModel;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.platform.Problem;
import io.tierdesk.sla.action.PolicyAction;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.TicketAutomation;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.springframework.stereotype.Component;

/**
 * One policy action on the ticket as it is when the action runs (an escalation before a
 * "notify the team" tells the new team). Returns the people to notify; the other actions
 * change the ticket and notify nobody.
 */
@Component
class ActionSteps {

	private final TicketAutomation tickets;

	private final Directory directory;

	ActionSteps(TicketAutomation tickets, Directory directory) {
		this.tickets = tickets;
		this.directory = directory;
	}

	List<Long> take(PolicyAction action, long ticketId, String reason) {
		TicketView ticket = tickets.find(ticketId).orElseThrow(() -> new Problem.NotFound("Ticket " + ticketId));
		switch (action.action()) {
			case NOTIFY_ASSIGNEE -> {
				return ticket.assignee() == null ? List.of() : List.of(ticket.assignee().id());
			}
			case NOTIFY_TEAM -> {
				return ticket.team() == null ? List.of() : sorted(directory.membersOf(ticket.team().id()));
			}
			case NOTIFY_MANAGER -> {
				return ticket.team() == null ? List.of() : managersOf(ticket.team().id());
			}
			case RAISE_PRIORITY -> raise(ticket, reason);
			case ESCALATE_NEXT_TIER -> nextTier(ticket).ifPresent(team -> route(ticket, team.id(), reason));
			case ESCALATE_TO_TEAM -> route(ticket, action.teamId(), reason);
		}
		return List.of();
	}

	private void raise(TicketView ticket, String reason) {
		if (ticket.priority() != Priority.P1) {
			tickets.reprioritise(ticket.id(), Priority.values()[ticket.priority().ordinal() - 1], reason,
					DeadlineActions.SLA);
		}
	}

	/**
	 * The first team (by id) of the tier above the ticket's tiered team; none at tier 4.
	 */
	private Optional<TeamSummary> nextTier(TicketView ticket) {
		TeamSummary team = ticket.team();
		if (team == null || team.model() != TeamModel.TIERED || team.tier() == null) {
			return Optional.empty();
		}
		int next = team.tier() + 1;
		return directory.allTeams()
			.stream()
			.filter(t -> t.model() == TeamModel.TIERED && t.tier() != null && t.tier() == next)
			.min(Comparator.comparingLong(TeamSummary::id));
	}

	/**
	 * A team removed since the policy named it is skipped rather than failing the breach.
	 */
	private void route(TicketView ticket, Long teamId, String reason) {
		boolean there = ticket.team() != null && ticket.team().id() == teamId;
		if (!there && directory.team(teamId).isPresent()) {
			tickets.route(ticket.id(), teamId, reason, DeadlineActions.SLA);
		}
	}

	private List<Long> managersOf(long teamId) {
		Set<Long> members = directory.membersOf(teamId);
		return directory.roles(members)
			.entrySet()
			.stream()
			.filter(member -> member.getValue() == Role.MANAGER)
			.map(member -> member.getKey())
			.sorted()
			.toList();
	}

	private static List<Long> sorted(Set<Long> ids) {
		return ids.stream().sorted().toList();
	}

}
