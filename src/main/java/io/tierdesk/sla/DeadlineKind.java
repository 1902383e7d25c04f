package io.tierdesk.sla;

/** The two moments of a target that act: the warning before it, and the breach. */
public enum DeadlineKind {

	WARNING("warning reached"), BREACH("breached");

	private final String words;

	DeadlineKind(String words) {
		this.words = words;
	}

	/** "breached", after the target's name: "Resolution target breached". */
	public String words() {
		return words;
	}

}
