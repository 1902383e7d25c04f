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

	public boolean namesTeam() {
		return this == ESCALATE_TO_TEAM;
	}

}
