package io.tierdesk.ticket.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tierdesk.ticket.Actor;
import io.tierdesk.ticket.Visibility;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.jspecify.annotations.Nullable;

/** A public reply or an internal note on a ticket, with its attachments. */
@Entity
public class TicketMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ticket_id")
	private @Nullable Ticket ticket;

	/** The person whose words these are; null for a message the system wrote. */
	private @Nullable Long authorId;

	/** The system's name when it wrote the message ("SLA"); null for a person's. */
	private @Nullable String systemAuthor;

	private String body;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private Instant createdAt;

	@OneToMany(mappedBy = "message")
	private List<Attachment> attachments = new ArrayList<>();

	protected TicketMessage() {
		this.body = "";
		this.visibility = Visibility.PUBLIC;
		this.createdAt = Instant.EPOCH;
	}

	TicketMessage(Ticket ticket, Actor author, String body, Visibility visibility, Instant createdAt) {
		this.ticket = ticket;
		this.authorId = author.id();
		this.systemAuthor = author.isSystem() ? author.name() : null;
		this.body = body;
		this.visibility = visibility;
		this.createdAt = createdAt;
	}

	Attachment attach(Ticket owner, StoredFile file) {
		Attachment attachment = new Attachment(owner, this, file, createdAt);
		attachments.add(attachment);
		return attachment;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("message not saved yet");
		}
		return id;
	}

	public @Nullable Long authorId() {
		return authorId;
	}

	public @Nullable String systemAuthor() {
		return systemAuthor;
	}

	public String body() {
		return body;
	}

	public Visibility visibility() {
		return visibility;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public List<Attachment> attachments() {
		return List.copyOf(attachments);
	}

}
