package io.tierdesk.ticket;

import io.tierdesk.platform.Words;

/**
 * Where a ticket is in its life. PENDING waits on the requester, ON_HOLD on a vendor;
 * CLOSED is final.
 */
public enum Status {

	NEW, OPEN, PENDING, ON_HOLD, RESOLVED, CLOSED;

	/** Still needs work from the desk: counted in backlogs and queues. */
	public boolean isOpen() {
		return this != RESOLVED && this != CLOSED;
	}

	public String label() {
		return Words.of(this);
	}

	/**
	 * The status in the requester's words: the desk's "Pending" is waiting for them, its
	 * "On hold" is waiting on someone else.
	 */
	public String labelForRequester() {
		return switch (this) {
			case NEW -> "Received";
			case OPEN -> "In progress";
			case PENDING -> "Waiting for you";
			case ON_HOLD -> "Waiting on a supplier";
			case RESOLVED -> "Resolved, please confirm";
			case CLOSED -> "Closed";
		};
	}

}
