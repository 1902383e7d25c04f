package io.tierdesk.ticket.domain;

import static io.tierdesk.ticket.Status.CLOSED;
import static io.tierdesk.ticket.Status.NEW;
import static io.tierdesk.ticket.Status.ON_HOLD;
import static io.tierdesk.ticket.Status.OPEN;
import static io.tierdesk.ticket.Status.PENDING;
import static io.tierdesk.ticket.Status.RESOLVED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.tierdesk.ticket.Status;

/**
 * The whole ticket lifecycle as one table (after Request Tracker): from each status, the
 * statuses it may move to. A new ticket may be resolved at once (first contact
 * resolution), or parked pending/on hold; a resolved one can be reopened or closed;
 * closed is final.
 */
public final class Lifecycle {

	private static final Map<Status, Set<Status>> NEXT = new EnumMap<>(Status.class);

	static {
		NEXT.put(NEW, EnumSet.of(OPEN, PENDING, ON_HOLD, RESOLVED));
		NEXT.put(OPEN, EnumSet.of(PENDING, ON_HOLD, RESOLVED));
		NEXT.put(PENDING, EnumSet.of(OPEN, ON_HOLD, RESOLVED));
		NEXT.put(ON_HOLD, EnumSet.of(OPEN, PENDING, RESOLVED));
		NEXT.put(RESOLVED, EnumSet.of(OPEN, CLOSED));
		NEXT.put(CLOSED, EnumSet.noneOf(Status.class));
	}

	private Lifecycle() {
	}

	public static boolean allows(Status from, Status to) {
		return NEXT.get(from).contains(to);
	}

	public static Set<Status> nextOf(Status from) {
		return Set.copyOf(NEXT.get(from));
	}

	public static void check(Status from, Status to) {
		if (!allows(from, to)) {
			throw new IllegalTransition(from, to);
		}
	}

}
