package io.tierdesk.identity.security;

import io.tierdesk.identity.SignIns;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Hands Spring Security's password sign-in outcomes to {@link SignIns} (lockout and
 * audit).
 */
@Component
class SignInOutcomes {

	private final SignIns signIns;

	SignInOutcomes(SignIns signIns) {
		this.signIns = signIns;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			signIns.succeeded(user.caller().email(), remoteAddress(event.getAuthentication()));
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String email = String.valueOf(event.getAuthentication().getName());
		String remote = remoteAddress(event.getAuthentication());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			signIns.failed(email, "wrong email or password", remote);
		}
		else {
			signIns.refused(email, event.getException().getMessage(), remote);
		}
	}

	private static @Nullable String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
