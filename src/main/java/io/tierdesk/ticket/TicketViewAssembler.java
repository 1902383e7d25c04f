package io.tierdesk.ticket;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tierdesk.identity.Directory;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.domain.Category;
import io.tierdesk.ticket.domain.CategoryRepository;
import io.tierdesk.ticket.domain.Lifecycle;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketSla;
import io.tierdesk.ticket.domain.TicketSlaRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns tickets into API views, resolving people, teams, categories and SLA snapshots in
 * one batch per page (no N+1).
 */
@Component
class TicketViewAssembler {

	static final UserSummary UNKNOWN_USER = new UserSummary(0, "", "Unknown user");

	private final Directory directory;

	private final CategoryRepository categories;

	private final TicketSlaRepository slas;

	TicketViewAssembler(Directory directory, CategoryRepository categories, TicketSlaRepository slas) {
		this.directory = directory;
		this.categories = categories;
		this.slas = slas;
	}

	TicketView view(Ticket ticket) {
		return views(List.of(ticket)).get(0);
	}

	/**
	 * A view of a ticket just opened, whose requester the caller already knows: no
	 * look-up for them, and none for an SLA snapshot, which no module can have recorded
	 * yet (the create path stays as short as it was).
	 */
	TicketView viewOfNew(Ticket ticket, UserSummary requester) {
		return views(List.of(ticket), Map.of(requester.id(), requester), false).get(0);
	}

	List<TicketView> views(List<Ticket> tickets) {
		return views(tickets, Map.of(), true);
	}

	private List<TicketView> views(List<Ticket> tickets, Map<Long, UserSummary> known, boolean withSla) {
		Set<Long> userIds = new HashSet<>();
		tickets.forEach(t -> {
			userIds.add(t.requesterId());
			if (t.assigneeId() != null) {
				userIds.add(t.assigneeId());
			}
		});
		userIds.removeAll(known.keySet());
		Map<Long, UserSummary> users = new java.util.HashMap<>(known);
		users.putAll(directory.users(userIds));
		Map<Long, TeamSummary> teams = directory.teams(ids(tickets, Ticket::teamId));
		Map<Long, String> paths = categories.findAllById(ids(tickets, Ticket::categoryId))
			.stream()
			.collect(Collectors.toMap(Category::id, Category::path));
		Map<Long, SlaSnapshot> sla = !withSla ? Map.of()
				: slas.findAllById(ids(tickets, Ticket::id))
					.stream()
					.collect(Collectors.toMap(TicketSla::ticketId, TicketSla::snapshot));
		return tickets.stream().map(t -> view(t, users, teams, paths, sla.get(t.id()))).toList();
	}

	private static TicketView view(Ticket t, Map<Long, UserSummary> users, Map<Long, TeamSummary> teams,
			Map<Long, String> paths, @Nullable SlaSnapshot sla) {
		return new TicketView(t.id(), t.number(), t.subject(), t.description(), t.type(), t.status(), t.impact(),
				t.urgency(), t.priority(), t.priorityReason(),
				t.categoryId() == null ? null : paths.get(t.categoryId()), t.channel(),
				users.getOrDefault(t.requesterId(), UNKNOWN_USER), t.teamId() == null ? null : teams.get(t.teamId()),
				t.assigneeId() == null ? null : users.getOrDefault(t.assigneeId(), UNKNOWN_USER), t.createdAt(),
				t.updatedAt(), t.firstRespondedAt(), t.resolvedAt(), sla, t.resolution(), t.followUpOf(),
				Lifecycle.nextOf(t.status()).stream().sorted().toList(), t.version());
	}

	private static Set<Long> ids(Collection<Ticket> tickets, Function<Ticket, Long> id) {
		return tickets.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
	}

}
