package io.tierdesk.identity.security;

import io.tierdesk.identity.SignIns;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's check, handed to {@link SignIns}. Every refusal is the same
 * exception, so the form answers an unknown email, a wrong password, a password-less,
 * deactivated or paused account alike.
 */
class PasswordSignIn implements AuthenticationProvider {

	private final SignIns signIns;

	PasswordSignIn(SignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String password = String.valueOf(authentication.getCredentials());
		return signIns.attempt(authentication.getName(), password, remoteAddress(authentication))
			.map(SignedInUser::authenticated)
			.orElseThrow(() -> new BadCredentialsException("sign-in refused"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static @Nullable String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
