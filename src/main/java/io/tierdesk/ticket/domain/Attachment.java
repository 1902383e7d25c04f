package io.tierdesk.ticket.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * A file on a message. The bytes live in the attachment store under {@code storageKey},
 * outside the web root.
 */
@Entity
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ticket_id")
	private @Nullable Ticket ticket;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "message_id")
	private @Nullable TicketMessage message;

	private String fileName;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String storageKey;

	private String sha256;

	private Instant createdAt;

	protected Attachment() {
		this.fileName = "";
		this.contentType = "";
		this.storageKey = "";
		this.sha256 = "";
		this.createdAt = Instant.EPOCH;
	}

	Attachment(Ticket ticket, TicketMessage message, StoredFile file, Instant createdAt) {
		this.ticket = ticket;
		this.message = message;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.size = file.size();
		this.storageKey = file.storageKey();
		this.sha256 = file.sha256();
		this.createdAt = createdAt;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("attachment not saved yet");
		}
		return id;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public long size() {
		return size;
	}

	public String storageKey() {
		return storageKey;
	}

	public Ticket ticket() {
		if (ticket == null) {
			throw new IllegalStateException("attachment without ticket");
		}
		return ticket;
	}

	public TicketMessage message() {
		if (message == null) {
			throw new IllegalStateException("attachment without message");
		}
		return message;
	}

}
