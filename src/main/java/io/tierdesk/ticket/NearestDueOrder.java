package io.tierdesk.ticket;

import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketSla;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Path;
import org.springframework.data.jpa.domain.Specification;

/**
 * The queue's "nearest due first": ordered by the SLA snapshot's {@code next_due_at}
 * (indexed) beside the ticket, tickets without a running clock last, then by age and
 * number so pages are stable. The order is part of the query, not of a Spring
 * {@code Sort}, because the column lives in another table.
 */
final class NearestDueOrder {

	/** The sort field's name in {@code ?sort=due,asc}. */
	static final String FIELD = "due";

	private NearestDueOrder() {
	}

	static Specification<Ticket> of(boolean ascending) {
		return (root, query, cb) -> {
			if (isCount(query.getResultType())) {
				return null;
			}
			var sla = root.join(TicketSla.class, JoinType.LEFT);
			sla.on(cb.equal(sla.get("ticketId"), root.get("id")));
			Path<Object> due = sla.get("nextDueAt");
			query.orderBy(ascending ? cb.asc(due, Nulls.LAST) : cb.desc(due, Nulls.LAST), cb.asc(root.get("createdAt")),
					cb.asc(root.get("id")));
			return null;
		};
	}

	private static boolean isCount(Class<?> resultType) {
		return resultType == Long.class || resultType == long.class;
	}

}
