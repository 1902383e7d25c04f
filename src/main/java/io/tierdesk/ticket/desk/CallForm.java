package io.tierdesk.ticket.desk;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.identity.UserViews;
import io.tierdesk.ticket.TicketViews;
import io.tierdesk.ticket.TicketViews.NewTicket;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A phone call or walk-up visit an agent logs for a requester: someone found in the
 * directory ({@code requesterEmail}), or a new person by email and name. Either email
 * becomes the API's {@link NewTicket#requesterEmail()}, so both have its limits.
 */
record CallForm(@Nullable @Email @Size(max = UserViews.EMAIL_MAX) String requesterEmail,
		@Nullable @Email @Size(max = UserViews.EMAIL_MAX) String newRequesterEmail,
		@Nullable @Size(max = UserViews.NAME_MAX) String newRequesterName, @NotNull Channel channel,
		@NotBlank(message = "say in a few words what is wrong") @Size(max = TicketViews.SUBJECT_MAX) String subject,
		@Nullable @Size(max = TicketViews.DESCRIPTION_MAX) String description, @NotNull TicketType type,
		@NotNull Level impact, @NotNull Level urgency, @Nullable @Size(max = TicketViews.CATEGORY_MAX) String category,
		@Nullable Long teamId) {

	static CallForm blank() {
		return new CallForm(null, null, null, Channel.PHONE, "", "", TicketType.INCIDENT, Level.LOW, Level.MEDIUM, null,
				null);
	}

	/**
	 * The one person a lookup found, chosen for the agent unless they already gave a
	 * requester.
	 */
	CallForm choosingOnly(String email) {
		if (email() != null) {
			return this;
		}
		return new CallForm(email, newRequesterEmail, newRequesterName, channel, subject, description, type, impact,
				urgency, category, teamId);
	}

	@AssertTrue(message = "choose a requester or give a new requester's email")
	boolean isRequesterGiven() {
		return email() != null;
	}

	@AssertTrue(message = "a call is logged as a phone call or a walk-in")
	boolean isLoggedChannel() {
		return channel == null || channel == Channel.PHONE || channel == Channel.WALK_IN;
	}

	public @Nullable String email() {
		String chosen = TicketForm.blankToNull(newRequesterEmail);
		return chosen != null ? chosen.strip() : TicketForm.blankToNull(requesterEmail);
	}

	NewTicket command() {
		return new NewTicket(subject.strip(), description, type, impact, urgency, TicketForm.blankToNull(category),
				email(), TicketForm.blankToNull(newRequesterName), channel, teamId, null);
	}

}
