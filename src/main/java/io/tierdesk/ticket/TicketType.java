package io.tierdesk.ticket;

import java.util.Arrays;
import java.util.List;

import io.tierdesk.platform.Words;

/**
 * What kind of work a ticket is. Requesters report an incident or ask for a service;
 * problems (the cause behind incidents) and changes are the desk's own work.
 */
public enum TicketType {

	INCIDENT, SERVICE_REQUEST, PROBLEM, CHANGE;

	/** The kinds a requester may open, in the order the portal offers them. */
	public static List<TicketType> forRequesters() {
		return Arrays.stream(values()).filter(TicketType::isForRequesters).toList();
	}

	public boolean isForRequesters() {
		return this == INCIDENT || this == SERVICE_REQUEST;
	}

	public String label() {
		return Words.of(this);
	}

	/** The kind in the requester's words, as the portal asks for it. */
	public String labelForRequester() {
		return switch (this) {
			case INCIDENT -> "Something is broken";
			case SERVICE_REQUEST -> "I need something";
			case PROBLEM, CHANGE -> label();
		};
	}

}
