package io.tierdesk.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The security-relevant facts identity publishes; {@code audit} keeps each one. */
public final class IdentityEvents {

	private IdentityEvents() {
	}

	public record UserSignedIn(long userId, String email, @Nullable String remoteAddress, Instant at) {
	}

	public record SignInFailed(String email, String reason, @Nullable String remoteAddress, Instant at) {
	}

	public record UserCreated(long userId, String email, Role role, @Nullable Long byUserId, Instant at) {
	}

	public record RoleChanged(long userId, String email, Role from, Role to, long byUserId, Instant at) {
	}

	public record UserDeactivated(long userId, String email, long byUserId, Instant at) {
	}

	public record ApiTokenMinted(long tokenId, long userId, String name, @Nullable Long byUserId, Instant at) {
	}

	public record ApiTokenRevoked(long tokenId, long userId, String name, long byUserId, Instant at) {
	}

	public record BannerAccepted(long userId, int version, Instant at) {
	}

}
