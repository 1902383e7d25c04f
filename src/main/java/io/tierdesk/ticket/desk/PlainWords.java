package io.tierdesk.ticket.desk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tierdesk.ticket.Level;

/**
 * Impact and urgency in plain words, from the reader's side: the portal asks the
 * requester about themselves ("Just me"), the desk's forms describe the requester ("One
 * person") so an agent logging a call is never asked the requester's questions. The
 * priority matrix keeps the portal's words: the admin maps what requesters answer.
 * Ordered maps (most first) so radio buttons and the matrix read top-down.
 * docs/glossary.md lists both.
 */
final class PlainWords {

	static final Map<Level, String> IMPACT = ordered("The whole company", "My team", "Just me");

	static final Map<Level, String> URGENCY = ordered("I can't work", "It's slowing me down", "It can wait");

	static final Map<Level, String> DESK_IMPACT = ordered("The whole company", "A team", "One person");

	static final Map<Level, String> DESK_URGENCY = ordered("They can't work", "It slows them down", "It can wait");

	private PlainWords() {
	}

	private static Map<Level, String> ordered(String high, String medium, String low) {
		var words = new LinkedHashMap<Level, String>();
		words.put(Level.HIGH, high);
		words.put(Level.MEDIUM, medium);
		words.put(Level.LOW, low);
		return Collections.unmodifiableMap(words);
	}

}
