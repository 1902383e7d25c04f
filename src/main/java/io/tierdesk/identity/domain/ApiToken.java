package io.tierdesk.identity.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * An API token. Only the SHA-256 digest of the secret is stored: a token is a long random
 * secret, so a fast digest is as safe as an adaptive hash and lets every request find its
 * token with one indexed lookup.
 */
@Entity
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long userId;

	private String name;

	private String digest;

	private Instant createdAt;

	private @Nullable Instant expiresAt;

	private @Nullable Instant revokedAt;

	protected ApiToken() {
		this.name = "";
		this.digest = "";
		this.createdAt = Instant.EPOCH;
	}

	public ApiToken(long userId, String name, String digest, Instant createdAt, @Nullable Instant expiresAt) {
		this.userId = userId;
		this.name = name.strip();
		this.digest = digest;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isUsableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}

	public boolean revoke(Instant now) {
		if (revokedAt != null) {
			return false;
		}
		revokedAt = now;
		return true;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("token not saved yet");
		}
		return id;
	}

	public long userId() {
		return userId;
	}

	public String name() {
		return name;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant expiresAt() {
		return expiresAt;
	}

	public @Nullable Instant revokedAt() {
		return revokedAt;
	}

}
