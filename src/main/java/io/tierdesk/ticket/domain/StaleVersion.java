package io.tierdesk.ticket.domain;

import io.tierdesk.platform.Problem;

/** 409: the client edited an older version of the ticket than the current one. */
public class StaleVersion extends Problem.Conflict {

	public StaleVersion(String number, long sent, long current) {
		super("Changed by someone else", number + " was changed by someone else since you loaded it (you sent version "
				+ sent + ", it is now " + current + "). Reload to see their change; nothing of yours was saved.");
	}

}
