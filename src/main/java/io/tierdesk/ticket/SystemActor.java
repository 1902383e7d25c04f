package io.tierdesk.ticket;

/**
 * The system acting on a ticket with a name, never a person: a module's rules (the SLA
 * clock raising a priority, routing choosing a team) or a replay of history. Each module
 * names its own ({@code new SystemActor("SLA")}); the timeline shows the name.
 */
public record SystemActor(String name) {

	/** The ticket core's own rules, e.g. a NEW ticket opening when an agent replies. */
	public static final SystemActor TIERDESK = new SystemActor("Tierdesk");

	public SystemActor {
		if (name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("a system actor has a name of 1 to 100 characters");
		}
	}

}
