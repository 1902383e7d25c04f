package io.tierdesk.sla;

/** What a ticket's clock promises: the first answer, the next answer, or the solution. */
public enum SlaTarget {

	FIRST_RESPONSE("First response"), NEXT_RESPONSE("Next response"), RESOLUTION("Resolution");

	private final String words;

	SlaTarget(String words) {
		this.words = words;
	}

	/** "Resolution", as the timeline and notifications say it. */
	public String words() {
		return words;
	}

}
