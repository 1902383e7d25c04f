package io.tierdesk.identity.security;

import java.util.Optional;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the current request, if anyone is signed in. A session's caller is
 * reloaded from the directory, so a role change or deactivation takes effect at once, not
 * at the next sign-in.
 */
final class SessionCallers {

	private SessionCallers() {
	}

	static Optional<Caller> current(Directory directory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		if (principal instanceof Caller caller) {
			return Optional.of(caller);
		}
		if (principal instanceof SignedInUser user) {
			return directory.caller(user.caller().id());
		}
		return Optional.empty();
	}

	/** Signed in with a password in this browser session (not an API token). */
	static Optional<Long> sessionUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				? Optional.of(user.caller().id()) : Optional.empty();
	}

}
