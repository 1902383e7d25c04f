package io.tierdesk.ticket.domain;

import java.time.Instant;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One line of a ticket's history: what happened, who did it, when, and why in words.
 * Written once, never changed.
 */
@Entity
@Table(name = "ticket_event")
public class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
	@SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ticket_id")
	private @Nullable Ticket ticket;

	private Instant at;

	private @Nullable Long actorId;

	/** The system's name when it acted ("SLA", "Routing"); null when a person did. */
	private @Nullable String systemActor;

	@Enumerated(EnumType.STRING)
	private TimelineKind kind;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private String text;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "message_id")
	private @Nullable TicketMessage message;

	protected TimelineEntry() {
		this.at = Instant.EPOCH;
		this.kind = TimelineKind.CREATED;
		this.visibility = Visibility.PUBLIC;
		this.text = "";
	}

	TimelineEntry(Ticket ticket, Instant at, Actor actor, TimelineKind kind, Visibility visibility, String text,
			@Nullable TicketMessage message) {
		this.ticket = ticket;
		this.at = at;
		this.actorId = actor.id();
		this.systemActor = actor.isSystem() ? actor.name() : null;
		this.kind = kind;
		this.visibility = visibility;
		this.text = text.length() > 2000 ? text.substring(0, 2000) : text;
		this.message = message;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("entry not saved yet");
		}
		return id;
	}

	public Instant at() {
		return at;
	}

	public @Nullable Long actorId() {
		return actorId;
	}

	public @Nullable String systemActor() {
		return systemActor;
	}

	public TimelineKind kind() {
		return kind;
	}

	public Visibility visibility() {
		return visibility;
	}

	public String text() {
		return text;
	}

	public @Nullable TicketMessage message() {
		return message;
	}

}
