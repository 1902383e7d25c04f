package io.tierdesk.ticket;

import java.util.ArrayList;
import java.util.List;

import io.tierdesk.ticket.TicketViews.TicketFilter;
import io.tierdesk.ticket.domain.Ticket;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * A ticket list's filters as one query predicate; the access policy and the words to
 * search ({@code TicketTextSearch}) are added on top by the caller.
 */
final class TicketSpecifications {

	private TicketSpecifications() {
	}

	static Specification<Ticket> matching(TicketFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!filter.statuses().isEmpty()) {
				where.add(root.get("status").in(filter.statuses()));
			}
			if (filter.openOnly()) {
				where.add(cb.isTrue(root.get("open")));
			}
			if (!filter.teamIds().isEmpty()) {
				where.add(root.get("teamId").in(filter.teamIds()));
			}
			if (filter.assigneeId() != null) {
				where.add(cb.equal(root.get("assigneeId"), filter.assigneeId()));
			}
			if (filter.unassigned()) {
				where.add(cb.isNull(root.get("assigneeId")));
			}
			if (filter.requesterId() != null) {
				where.add(cb.equal(root.get("requesterId"), filter.requesterId()));
			}
			if (!filter.priorities().isEmpty()) {
				where.add(root.get("priority").in(filter.priorities()));
			}
			if (!filter.types().isEmpty()) {
				where.add(root.get("type").in(filter.types()));
			}
			if (!filter.channels().isEmpty()) {
				where.add(root.get("channel").in(filter.channels()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
