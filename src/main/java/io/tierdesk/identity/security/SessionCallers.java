package io.tierdesk.identity.security;

import java.util.Optional;

import io.tierdesk.identity.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the current request, if anyone is signed in. A session's caller was
 * re-read from the database at the start of this request ({@link SessionRefresh}), so a
 * role change or deactivation takes effect at once, not at the next sign-in.
 */
final class SessionCallers {

	private SessionCallers() {
	}

	static Optional<Caller> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		if (principal instanceof Caller caller) {
			return Optional.of(caller);
		}
		return sessionUser().map(SignedInUser::caller);
	}

	/** Signed in with a password in this browser session (not an API token). */
	static Optional<SignedInUser> sessionUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? Optional.of(user)
				: Optional.empty();
	}

	static Optional<Long> sessionUserId() {
		return sessionUser().map(user -> user.caller().id());
	}

}
