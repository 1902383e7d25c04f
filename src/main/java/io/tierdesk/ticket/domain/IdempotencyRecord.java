package io.tierdesk.ticket.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * That a caller's {@code Idempotency-Key} created a ticket. The primary key makes a
 * concurrent duplicate fail, so two racing requests with one key can never both create.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord implements Persistable<IdempotencyRecord.Key> {

	/** How long a key is remembered (API.md: 24 hours). */
	public static final Duration REMEMBERED_FOR = Duration.ofHours(24);

	@EmbeddedId
	private Key key;

	private long ticketId;

	/** SHA-256 of the request the key was first used for; null for keys stored before. */
	private @Nullable String requestHash;

	private Instant createdAt;

	protected IdempotencyRecord() {
		this.key = new Key(0, "");
		this.createdAt = Instant.EPOCH;
	}

	public IdempotencyRecord(long callerId, String idemKey, long ticketId, String requestHash, Instant createdAt) {
		this.key = new Key(callerId, idemKey);
		this.ticketId = ticketId;
		this.requestHash = requestHash;
		this.createdAt = createdAt;
	}

	/** Whether a repeat with this request hash is the same request as the first. */
	public boolean isFor(String hash) {
		return requestHash == null || requestHash.equals(hash);
	}

	public boolean isLiveAt(Instant now) {
		return createdAt.plus(REMEMBERED_FOR).isAfter(now);
	}

	public long ticketId() {
		return ticketId;
	}

	@Override
	public Key getId() {
		return key;
	}

	/**
	 * Always inserted, never merged: a racing duplicate must fail on the primary key, not
	 * overwrite the winner.
	 */
	@Override
	public boolean isNew() {
		return true;
	}

	@Embeddable
	public record Key(long callerId, @Column(name = "idem_key") String idemKey) implements Serializable {
	}

}
