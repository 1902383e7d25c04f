package io.tierdesk.sla.clock;

/**
 * The kinds of ticket facts the clocks are folded from, in the order facts of one instant
 * are applied: the ticket exists first, its status moves before anything else of that
 * instant is judged (a requester's reply that reopens the ticket starts a next response),
 * then its fields (the team last: only the at-risk estimate reads it), then its messages.
 */
public enum FactKind {

	CREATED, STATUS, PRIORITISED, RETYPED, CATEGORISED, ROUTED, AGENT_REPLY, REQUESTER_MESSAGE

}
