package io.tierdesk.ticket;

import io.tierdesk.platform.Words;

/**
 * A degree of impact (how many and how badly affected) or urgency (how soon it hurts).
 */
public enum Level {

	LOW, MEDIUM, HIGH;

	public String label() {
		return Words.of(this);
	}

}
