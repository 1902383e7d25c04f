package io.tierdesk.ticket.web;

import java.util.Locale;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The {@code assignee} list filter: an id, {@code me}, or {@code none} (the unassigned
 * queue).
 */
record AssigneeFilter(@Nullable Long assigneeId, boolean unassigned) {

	static AssigneeFilter parse(@Nullable String value, Caller caller) {
		if (value == null || value.isBlank()) {
			return new AssigneeFilter(null, false);
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "me" -> new AssigneeFilter(caller.id(), false);
			case "none" -> new AssigneeFilter(null, true);
			default -> new AssigneeFilter(id(value.strip()), false);
		};
	}

	private static long id(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new Problem.InvalidInput("assignee", "an agent id, 'me' or 'none'");
		}
	}

}
