package io.tierdesk.identity.domain;

import java.time.Instant;

import io.tierdesk.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * An active user holding a token, with the token's validity: what authenticating an API
 * request needs.
 */
public record TokenHolder(long userId, String email, String name, Role role, @Nullable Long organisationId,
		boolean organisationSharesTickets, @Nullable Instant expiresAt, @Nullable Instant revokedAt) {

	public boolean isUsableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}

}
