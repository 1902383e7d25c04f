package io.tierdesk.identity.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A customer organisation. When it shares tickets, its requesters see each other's
 * tickets.
 */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private boolean sharesTickets;

	private Instant createdAt;

	protected Organisation() {
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	public Organisation(String name, boolean sharesTickets, Instant createdAt) {
		this.name = name.strip();
		this.sharesTickets = sharesTickets;
		this.createdAt = createdAt;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("organisation not saved yet");
		}
		return id;
	}

	public String name() {
		return name;
	}

	public boolean sharesTickets() {
		return sharesTickets;
	}

}
