package io.tierdesk.identity;

import java.util.Locale;

import io.tierdesk.platform.Problem;

/**
 * NIST 800-63B style: length over composition rules. 12 characters at least; 64 at most
 * because bcrypt reads only the first 72 bytes; never the email address itself.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

	public static void check(String password, String email) {
		check(password, email, "password");
	}

	/** As {@link #check(String, String)}, blaming the form or API field {@code field}. */
	public static void check(String password, String email, String field) {
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw new Problem.InvalidInput(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
		}
		String localPart = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
		if (!localPart.isEmpty() && password.toLowerCase(Locale.ROOT).contains(localPart)) {
			throw new Problem.InvalidInput(field, "must not contain your email name");
		}
	}

}
