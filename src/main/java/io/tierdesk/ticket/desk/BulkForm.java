package io.tierdesk.ticket.desk;

import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketViews;
import io.tierdesk.ticket.TicketViews.TicketChange;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The desk's bulk action: the selected rows and what to set on each, every field
 * "unchanged" unless chosen (as in Zammad's bulk edit). Priority is not set directly: it
 * follows impact × urgency through the matrix, as for one ticket, so a bulk change sets
 * impact and/or urgency and each ticket gets the priority its cell gives. The team and
 * assignee choices are words as well as ids: {@code none} takes the team or the assignee
 * away, {@code me} is the agent acting.
 */
record BulkForm(@Nullable List<String> selected, @Nullable String allOnPage, @Nullable Status setStatus,
		@Nullable Level setImpact, @Nullable Level setUrgency, @Nullable String setTeam, @Nullable String setAssignee,
		@Nullable @Size(max = TicketViews.REASON_MAX) String reason) {

	static final String NONE = "none";

	static final String ME = "me";

	BulkSelection selection() {
		return BulkSelection.of(selected, allOnPage);
	}

	/** The same change for every row, at the version that row showed. */
	TicketChange changeFor(BulkSelection.Row row, Caller caller) {
		Long team = NONE.equals(setTeam) ? Long.valueOf(0) : id("setTeam", setTeam);
		Long assignee = ME.equals(setAssignee) ? Long.valueOf(caller.id())
				: NONE.equals(setAssignee) ? null : id("setAssignee", setAssignee);
		return new TicketChange(row.version(), setStatus, setImpact, setUrgency, null, null, team, assignee,
				NONE.equals(setAssignee) ? Boolean.TRUE : null, TicketForm.blankToNull(reason), null);
	}

	/** Whether anything at all would change; a bulk action of nothing is refused. */
	boolean changesSomething() {
		return setStatus != null || setImpact != null || setUrgency != null || !blank(setTeam) || !blank(setAssignee);
	}

	/** In words, for the summary: status Resolved; team; assignee. */
	String describe() {
		var parts = new java.util.ArrayList<String>();
		if (setStatus != null) {
			parts.add("status " + setStatus.label());
		}
		if (setImpact != null) {
			parts.add("impact " + setImpact.label());
		}
		if (setUrgency != null) {
			parts.add("urgency " + setUrgency.label());
		}
		if (!blank(setTeam)) {
			parts.add("team");
		}
		if (!blank(setAssignee)) {
			parts.add("assignee");
		}
		return String.join(", ", parts);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable Long id(String field, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Problem.InvalidInput(field, "is not a valid value");
		}
	}

}
