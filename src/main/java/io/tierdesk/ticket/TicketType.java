package io.tierdesk.ticket;

public enum TicketType {

	INCIDENT, SERVICE_REQUEST, PROBLEM, CHANGE;

	public String label() {
		return Words.of(this);
	}

}
