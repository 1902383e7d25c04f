package io.tierdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tierdesk.ticket.TicketViews.TicketFilter;
import io.tierdesk.ticket.domain.Ticket;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * A ticket list's filters as one query predicate; the access policy is added on top by
 * the caller.
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
			if (filter.q() != null && !filter.q().isBlank()) {
				where.add(text(filter.q(), root, cb));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * "TD-1042" or "1042" finds that ticket; other text is looked for in subject and
	 * description.
	 */
	private static Predicate text(String q, jakarta.persistence.criteria.Root<Ticket> root,
			jakarta.persistence.criteria.CriteriaBuilder cb) {
		String trimmed = q.strip();
		String digits = trimmed.toUpperCase(Locale.ROOT).startsWith(Ticket.NUMBER_PREFIX)
				? trimmed.substring(Ticket.NUMBER_PREFIX.length()) : trimmed;
		String pattern = "%"
				+ trimmed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Predicate words = cb.or(cb.like(cb.lower(root.get("subject")), pattern, '\\'),
				cb.like(cb.lower(root.get("description")), pattern, '\\'));
		if (digits.matches("\\d{1,18}")) {
			return cb.or(cb.equal(root.get("id"), Long.parseLong(digits)), words);
		}
		return words;
	}

}
