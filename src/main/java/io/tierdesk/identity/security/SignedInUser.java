package io.tierdesk.identity.security;

import java.io.Serializable;
import java.util.List;

import io.tierdesk.identity.Caller;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A browser session's user. Holds the caller as last read from the database (refreshed on
 * every request by {@link SessionRefresh}) and nothing secret: no password hash sits in a
 * session.
 */
record SignedInUser(Caller caller) implements AuthenticatedPrincipal, Serializable {

	/** The authentication a session carries, with the role's authority. */
	static Authentication authenticated(Caller caller) {
		return UsernamePasswordAuthenticationToken.authenticated(new SignedInUser(caller), null, authorities(caller));
	}

	static List<GrantedAuthority> authorities(Caller caller) {
		return List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
	}

	@Override
	public String getName() {
		return caller.email();
	}

}
