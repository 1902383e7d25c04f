package io.tierdesk.identity.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.domain.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A browser session's user: the caller plus what Spring Security checks at sign-in
 * (password, lock, active).
 */
record SignedInUser(Caller caller, String passwordHash, boolean locked, boolean active) implements UserDetails {

	static SignedInUser of(UserAccount account, Caller caller, Instant now) {
		String hash = account.passwordHash();
		return new SignedInUser(caller, hash == null ? "" : hash, account.isLockedAt(now), account.isActive());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return caller.email();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		// Users created without a password (requesters from a phone call or email) cannot
		// sign in until given one.
		return active && !passwordHash.isEmpty();
	}

}
