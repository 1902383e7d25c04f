package io.tierdesk.identity;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Compares a presented password with exactly one hash comparison, also when there is no
 * account or it has no password (then against a dummy hash that nothing matches): the
 * answer takes as long for an unknown email as for a real account, so its timing does not
 * tell which emails exist.
 */
@Component
class PasswordCheck {

	private final PasswordEncoder passwords;

	/** Made once with the encoder's current algorithm and cost, like every real hash. */
	private final String dummyHash;

	PasswordCheck(PasswordEncoder passwords) {
		this.passwords = passwords;
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		this.dummyHash = passwords.encode(HexFormat.of().formatHex(random));
	}

	boolean matches(String presented, @Nullable String hash) {
		boolean matched = passwords.matches(presented, hash == null ? dummyHash : hash);
		return matched && hash != null;
	}

}
