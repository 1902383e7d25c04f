package io.tierdesk.identity.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/**
 * That a user accepted a version of the sign-in banner, and when. Never updated or
 * deleted.
 */
@Entity
public class BannerAcceptance {

	@EmbeddedId
	private Key key;

	private Instant acceptedAt;

	protected BannerAcceptance() {
		this.key = new Key(0, 0);
		this.acceptedAt = Instant.EPOCH;
	}

	public BannerAcceptance(long userId, int version, Instant acceptedAt) {
		this.key = new Key(userId, version);
		this.acceptedAt = acceptedAt;
	}

	public Instant acceptedAt() {
		return acceptedAt;
	}

	public int version() {
		return key.version;
	}

	@Embeddable
	public record Key(long userId, int version) implements Serializable {
	}

}
