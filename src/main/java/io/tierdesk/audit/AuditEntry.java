package io.tierdesk.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * One audit record. Immutable: there is no method that changes one, and Hibernate never
 * updates it.
 */
@Entity
@org.hibernate.annotations.Immutable
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Instant at;

	private @Nullable Long actorId;

	private @Nullable String actorEmail;

	private String action;

	private String subject;

	private String detail;

	private @Nullable String remoteAddress;

	protected AuditEntry() {
		this.at = Instant.EPOCH;
		this.action = "";
		this.subject = "";
		this.detail = "";
	}

	AuditEntry(Instant at, @Nullable Long actorId, @Nullable String actorEmail, String action, String subject,
			String detail, @Nullable String remoteAddress) {
		this.at = at;
		this.actorId = actorId;
		this.actorEmail = actorEmail;
		this.action = action;
		this.subject = subject;
		this.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
		this.remoteAddress = remoteAddress;
	}

	AuditLog.Entry view() {
		return new AuditLog.Entry(id == null ? 0 : id, at, actorId, actorEmail, action, subject, detail, remoteAddress);
	}

}
