package io.tierdesk.identity;

/**
 * What a user may do. Everyone but a requester is staff: they work tickets and see
 * internal notes.
 */
public enum Role {

	REQUESTER, AGENT, MANAGER, SECURITY_ANALYST, ADMIN;

	public boolean isStaff() {
		return this != REQUESTER;
	}

}
