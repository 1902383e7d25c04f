package io.tierdesk.sla.action;

/** What a policy may do when a target warns or breaches. */
public enum SlaAction {

	/** Tell the ticket's assignee (nobody when it has none). */
	NOTIFY_ASSIGNEE,
	/** Tell every member of the ticket's team. */
	NOTIFY_TEAM,
	/** Tell the managers among the ticket's team's members. */
	NOTIFY_MANAGER,
	/** One step more urgent (P3 → P2); P1 stays. */
	RAISE_PRIORITY,
	/** Route to the first team of the next tier (tier 1 → 2). */
	ESCALATE_NEXT_TIER,
	/** Route to the team the action names. */
	ESCALATE_TO_TEAM;

	/** The words the admin page shows for it. */
	public String label() {
		return switch (this) {
			case NOTIFY_ASSIGNEE -> "Notify the assignee";
			case NOTIFY_TEAM -> "Notify the team";
			case NOTIFY_MANAGER -> "Notify the team's managers";
			case RAISE_PRIORITY -> "Raise the priority one step";
			case ESCALATE_NEXT_TIER -> "Escalate to the next tier";
			case ESCALATE_TO_TEAM -> "Escalate to a team";
		};
	}

	public boolean namesTeam() {
		return this == ESCALATE_TO_TEAM;
	}

}
