package io.tierdesk.ticket.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * When a person last opened a ticket's page. Read only as part of
 * {@link NewSinceLastLook}'s query; written by {@link TicketSeenRepository#look}.
 */
@Entity
@Table(name = "ticket_seen")
@IdClass(TicketSeen.Key.class)
public class TicketSeen {

	@Id
	private long userId;

	@Id
	private long ticketId;

	private Instant seenAt;

	protected TicketSeen() {
		this.seenAt = Instant.EPOCH;
	}

	public Instant seenAt() {
		return seenAt;
	}

	public record Key(long userId, long ticketId) implements Serializable {
	}

}
