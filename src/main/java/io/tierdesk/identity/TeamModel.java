package io.tierdesk.identity;

/**
 * How a team works tickets: handed up through tiers 1 to 4, or swarmed by the people
 * needed.
 */
public enum TeamModel {

	TIERED, SWARM

}
