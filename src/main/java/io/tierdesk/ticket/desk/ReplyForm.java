package io.tierdesk.ticket.desk;

import io.tierdesk.ticket.TicketViews;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.Visibility;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A reply or note being written, with the limits of the API's {@link NewMessage}; kept
 * when sending fails so nothing typed is lost. The button pressed sends the visibility;
 * without one, a reply is public.
 */
record ReplyForm(@Nullable @Size(max = TicketViews.BODY_MAX) String body, Visibility visibility) {

	ReplyForm {
		visibility = visibility == null ? Visibility.PUBLIC : visibility;
	}

	static ReplyForm blank() {
		return new ReplyForm("", Visibility.PUBLIC);
	}

	NewMessage command() {
		return new NewMessage(body, visibility);
	}

}
