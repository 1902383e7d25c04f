package io.tierdesk.identity;

/**
 * What a user may do. Everyone but a requester is staff: they work tickets and see
 * internal notes.
 */
public enum Role {

	REQUESTER("Requester"), AGENT("Agent"), MANAGER("Manager"), SECURITY_ANALYST("Security analyst"), ADMIN("Admin");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public boolean isStaff() {
		return this != REQUESTER;
	}

	/**
	 * The role as pages show it; the API and the database keep the code
	 * ({@code SECURITY_ANALYST}), which scripts and stored rows depend on.
	 */
	public String label() {
		return label;
	}

}
