package io.tierdesk.ticket;

import io.tierdesk.platform.Words;

/**
 * Where a request came in. PHONE and WALK_IN are logged by an agent on the requester's
 * behalf.
 */
public enum Channel {

	PORTAL, EMAIL, CHAT, CHATBOT, PHONE, WALK_IN, API, MONITORING;

	public String label() {
		return Words.of(this);
	}

}
