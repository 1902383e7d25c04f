package io.tierdesk.ticket.domain;

import io.tierdesk.platform.Problem;

/** 409: a closed ticket is final; follow-ups go into a new ticket. */
public class TicketClosed extends Problem.Conflict {

	public TicketClosed(String number) {
		super("Ticket closed",
				number + " is closed and takes no more messages; open a new ticket and mention " + number + ".");
	}

}
