package io.tierdesk.identity;

import java.time.Duration;
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

	/**
	 * Failed sign-ins paused further ones: for the account {@code subject} (an email,
	 * with its {@code userId}) or the source address {@code subject} (no user).
	 */
	public record SignInPaused(@Nullable Long userId, String subject, int failures, Duration pause, Instant until,
			@Nullable String remoteAddress, Instant at) {
	}

	/** An admin lifted an account's sign-in pause and forgot its failures. */
	public record SignInUnlocked(long userId, String email, long byUserId, Instant at) {
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

	/** The user changed their own password (the current one given). */
	public record PasswordChanged(long userId, String email, Instant at) {
	}

	/**
	 * An admin gave the user a generated password: a reset, or their first portal access
	 * when they had none ({@code firstAccess}).
	 */
	public record PasswordIssued(long userId, String email, boolean firstAccess, long byUserId, Instant at) {
	}

	/**
	 * An organisation was created ({@code created}) or changed; {@code detail} is its
	 * settings.
	 */
	public record OrganisationSaved(long organisationId, String name, String detail, boolean created, long byUserId,
			Instant at) {
	}

	public record BannerAccepted(long userId, int version, Instant at) {
	}

}
