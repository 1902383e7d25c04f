package io.tierdesk.ticket.web;

import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.TicketChange;
import org.jspecify.annotations.Nullable;

/**
 * Takes the edited version from {@code If-Match} ("3" or W/"3") when the body does not
 * carry it.
 */
final class IfMatch {

	private IfMatch() {
	}

	static TicketChange apply(TicketChange change, @Nullable String header) {
		if (change.version() != null || header == null || header.isBlank()) {
			return change;
		}
		String value = header.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			long version = Long.parseLong(value);
			return new TicketChange(version, change.status(), change.impact(), change.urgency(), change.type(),
					change.category(), change.teamId(), change.assigneeId(), change.unassign(), change.reason(),
					change.reasonInternal());
		}
		catch (NumberFormatException ex) {
			throw new Problem.InvalidInput("If-Match", "must be the ticket's version, as in its ETag");
		}
	}

}
