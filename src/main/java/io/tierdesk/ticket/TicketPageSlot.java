package io.tierdesk.ticket;

import io.tierdesk.identity.Caller;

/**
 * A place on the ticket page that another module fills with its own part (the SLA clock,
 * routing's explanation, the mail thread) without the ticket module knowing about it: the
 * module declares a bean, the page leaves a named, labelled section, and the browser
 * loads the module's own HTML fragment into it with htmx. The module owns the fragment's
 * URL, its access check and its template.
 */
public interface TicketPageSlot {

	/** Where on the ticket page the part goes. */
	enum Place {

		/**
		 * Under the ticket's facts, beside the description: what an agent reads first.
		 */
		SUMMARY,

		/** In the side column above the change form: status of a clock, suggestions. */
		SIDEBAR

	}

	Place place();

	/** The section's accessible name, e.g. "Service level". */
	String title();

	/** The module's fragment for this ticket, a path of this application. */
	String fragmentPath(long ticketId);

	/** Requesters see only what is meant for them. */
	default boolean shownTo(Caller caller) {
		return caller.isStaff();
	}

}
