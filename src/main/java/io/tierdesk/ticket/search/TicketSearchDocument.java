package io.tierdesk.ticket.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's row of the full-text index (PostgreSQL only), which the database's triggers
 * write: mapped so a search can join it, never loaded or written by the application. The
 * documents are {@code tsvector}s, named here only inside the search's SQL functions.
 */
@Entity
@Immutable
@Table(name = "ticket_search")
class TicketSearchDocument {

	@Id
	private @Nullable Long ticketId;

	@Column(name = "staff_doc")
	private @Nullable String staffDoc;

	/** Null until the ticket has an internal note: then staff_doc is public too. */
	@Column(name = "public_doc")
	private @Nullable String publicDoc;

	protected TicketSearchDocument() {
	}

}
