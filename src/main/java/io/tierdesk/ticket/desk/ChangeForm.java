package io.tierdesk.ticket.desk;

import java.util.Objects;

import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketViews;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.TicketViews.TicketView;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The desk's edit form for a ticket, with the {@code version} the agent loaded and the
 * limits of the API's {@link TicketChange}. Only fields that differ from the ticket
 * become part of the change, so saving an untouched status does not ask the lifecycle for
 * "Open to Open".
 */
record ChangeForm(long version, @Nullable Status status, @Nullable Level impact, @Nullable Level urgency,
		@Nullable @Size(max = TicketViews.CATEGORY_MAX) String category, @Nullable Long teamId,
		@Nullable Long assigneeId, @Nullable @Size(max = TicketViews.REASON_MAX) String reason,
		@Nullable Boolean reasonInternal) {

	static ChangeForm of(TicketView ticket) {
		return new ChangeForm(ticket.version(), ticket.status(), ticket.impact(), ticket.urgency(), ticket.category(),
				ticket.team() == null ? null : ticket.team().id(),
				ticket.assignee() == null ? null : ticket.assignee().id(), null, null);
	}

	/**
	 * The same typed values, to be saved over the ticket's newer version once the agent
	 * has seen it.
	 */
	ChangeForm rebasedOn(TicketView current) {
		return new ChangeForm(current.version(), status, impact, urgency, category, teamId, assigneeId, reason,
				reasonInternal);
	}

	TicketChange changeFrom(TicketView current) {
		ChangeForm was = of(current);
		boolean unassign = assigneeId == null && was.assigneeId() != null;
		return new TicketChange(version, differs(status, was.status()), differs(impact, was.impact()),
				differs(urgency, was.urgency()), null, differs(TicketForm.blankToNull(category), was.category()),
				Objects.equals(teamId, was.teamId()) ? null : Objects.requireNonNullElse(teamId, 0L),
				differs(assigneeId, was.assigneeId()), unassign ? Boolean.TRUE : null, TicketForm.blankToNull(reason),
				reasonInternal);
	}

	private static <T> @Nullable T differs(@Nullable T wanted, @Nullable T current) {
		return wanted == null || wanted.equals(current) ? null : wanted;
	}

}
