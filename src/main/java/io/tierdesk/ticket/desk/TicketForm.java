package io.tierdesk.ticket.desk;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.TicketViews.TicketView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a requester types into the portal's "new ticket" form, with the limits of the
 * API's {@link NewTicket}; {@code followUpOf} when it follows up a closed ticket.
 */
record TicketForm(
		@NotBlank(message = "say in a few words what is wrong") @Size(max = TicketViews.SUBJECT_MAX) String subject,
		@Nullable @Size(max = TicketViews.DESCRIPTION_MAX) String description, @NotNull TicketType type,
		@NotNull Level impact, @NotNull Level urgency, @Nullable @Size(max = TicketViews.CATEGORY_MAX) String category,
		@Nullable Long followUpOf) {

	static TicketForm blank() {
		return new TicketForm("", "", TicketType.INCIDENT, Level.LOW, Level.MEDIUM, null, null);
	}

	/**
	 * A follow-up of a closed ticket: its subject, type and category to start from (an
	 * incident when the desk had made it a problem or change, which requesters do not
	 * open).
	 */
	static TicketForm followingUp(TicketView earlier) {
		String subject = "Follow-up: " + earlier.subject();
		return new TicketForm(subject.substring(0, Math.min(subject.length(), TicketViews.SUBJECT_MAX)), "",
				earlier.type().isForRequesters() ? earlier.type() : TicketType.INCIDENT, Level.LOW, Level.MEDIUM,
				earlier.category(), earlier.id());
	}

	NewTicket command() {
		return new NewTicket(subject.strip(), description, type, impact, urgency, blankToNull(category), null, null,
				Channel.PORTAL, null, followUpOf);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
