package io.tierdesk.sla.web;

import io.tierdesk.ticket.TicketPageSlot;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The ticket page's "Service level" part, for staff: the SLA module's own fragment. */
@Component
@Order(10)
class ServiceLevelSlot implements TicketPageSlot {

	static final String PATH = "/sla/tickets/{id}/clock";

	@Override
	public Place place() {
		return Place.SIDEBAR;
	}

	@Override
	public String title() {
		return "Service level";
	}

	@Override
	public String fragmentPath(long ticketId) {
		return PATH.replace("{id}", Long.toString(ticketId));
	}

}
