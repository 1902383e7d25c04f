package io.tierdesk.ticket.desk;

import java.util.Map;

import io.tierdesk.ticket.Level;

/**
 * Impact and urgency as a requester would say them; the portal asks in these words, the
 * desk shows both. Ordered maps (most first) so radio buttons and the matrix read
 * top-down.
 */
final class PlainWords {

	static final Map<Level, String> IMPACT = ordered("The whole company", "My team", "Just me");

	static final Map<Level, String> URGENCY = ordered("I can't work", "It's slowing me down", "It can wait");

	private PlainWords() {
	}

	private static Map<Level, String> ordered(String high, String medium, String low) {
		var words = new java.util.LinkedHashMap<Level, String>();
		words.put(Level.HIGH, high);
		words.put(Level.MEDIUM, medium);
		words.put(Level.LOW, low);
		return java.util.Collections.unmodifiableMap(words);
	}

}
