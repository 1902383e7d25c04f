package io.tierdesk.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of audit entry, by the code stored in each row and the words the audit screen
 * shows. A module that appends a new kind adds it here, or it cannot be filtered on.
 */
public enum AuditKind {

	SIGN_IN("Signed in"), SIGN_IN_FAILED("Sign-in failed"), SIGN_IN_PAUSED("Sign-in paused"),
	SIGN_IN_UNLOCKED("Sign-in unlocked"), PASSWORD_CHANGED("Password changed"),
	PASSWORD_RESET("Password reset by an admin"), PORTAL_ACCESS_GIVEN("Portal access given"),
	USER_CREATED("User created"), ROLE_CHANGED("Role changed"), USER_DEACTIVATED("User deactivated"),
	TOKEN_MINTED("API token minted"), TOKEN_REVOKED("API token revoked"), BANNER_ACCEPTED("Sign-in banner accepted"),
	ORGANISATION_CREATED("Organisation created"), ORGANISATION_CHANGED("Organisation changed");

	private final String label;

	AuditKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The words for a stored code; a code of no kind (an older row) shows as it is. */
	public static String labelOf(String code) {
		return of(code).map(AuditKind::label).orElse(code);
	}

	public static Optional<AuditKind> of(String code) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
	}

}
