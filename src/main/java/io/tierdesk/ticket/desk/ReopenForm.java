package io.tierdesk.ticket.desk;

import io.tierdesk.ticket.TicketViews;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a resolved ticket is reopened, with the API's limit for a reason. */
record ReopenForm(@Nullable @Size(max = TicketViews.REASON_MAX) String reason) {

	static ReopenForm blank() {
		return new ReopenForm("");
	}

}
