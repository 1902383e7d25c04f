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

	private @Nullable String domain;

	private boolean sharesTickets;

	private Instant createdAt;

	protected Organisation() {
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	public Organisation(String name, @Nullable String domain, boolean sharesTickets, Instant createdAt) {
		this.createdAt = createdAt;
		this.name = "";
		change(name, domain, sharesTickets);
	}

	/** {@code domain} is kept lower-case and without a leading "@", as emails are. */
	public void change(String newName, @Nullable String newDomain, boolean newSharesTickets) {
		this.name = newName.strip();
		this.domain = normaliseDomain(newDomain);
		this.sharesTickets = newSharesTickets;
	}

	public static @Nullable String normaliseDomain(@Nullable String domain) {
		if (domain == null || domain.isBlank()) {
			return null;
		}
		String stripped = domain.strip().toLowerCase(java.util.Locale.ROOT);
		return stripped.startsWith("@") ? stripped.substring(1) : stripped;
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

	public @Nullable String domain() {
		return domain;
	}

	public boolean sharesTickets() {
		return sharesTickets;
	}

}
