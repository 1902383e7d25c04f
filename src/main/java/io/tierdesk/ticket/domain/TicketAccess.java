package io.tierdesk.ticket.domain;

import java.util.EnumSet;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.ticket.Visibility;
import org.springframework.data.jpa.domain.Specification;

/**
 * The one access policy for tickets, used for single reads and as the predicate of every
 * list, count and search: staff see all tickets; a requester sees their own, and their
 * organisation's where it shares tickets. Requesters never see internal entries.
 */
public final class TicketAccess {

	private TicketAccess() {
	}

	public static boolean canSee(Caller caller, Ticket ticket) {
		if (caller.isStaff() || ticket.requesterId() == caller.id()) {
			return true;
		}
		return caller.organisationSharesTickets() && caller.organisationId() != null
				&& caller.organisationId().equals(ticket.requesterOrgId());
	}

	public static Specification<Ticket> visibleTo(Caller caller) {
		if (caller.isStaff()) {
			return (root, query, cb) -> cb.conjunction();
		}
		if (caller.organisationSharesTickets() && caller.organisationId() != null) {
			return (root, query, cb) -> cb.or(cb.equal(root.get("requesterId"), caller.id()),
					cb.equal(root.get("requesterOrgId"), caller.organisationId()));
		}
		return (root, query, cb) -> cb.equal(root.get("requesterId"), caller.id());
	}

	/**
	 * Colleagues' tickets that the caller's organisation shares with them: the part of
	 * {@link #visibleTo} that is not the caller's own.
	 */
	public static Specification<Ticket> sharedWith(Caller caller) {
		if (caller.isStaff() || !caller.organisationSharesTickets() || caller.organisationId() == null) {
			return (root, query, cb) -> cb.disjunction();
		}
		return (root, query, cb) -> cb.and(cb.equal(root.get("requesterOrgId"), caller.organisationId()),
				cb.notEqual(root.get("requesterId"), caller.id()));
	}

	public static Set<Visibility> visibilities(Caller caller) {
		return caller.isStaff() ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.PUBLIC);
	}

}
