package io.tierdesk.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the audit log; reading is for admins and security analysts. */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	AuditLog(AuditEntryRepository entries) {
		this.entries = entries;
	}

	/** Named for the API docs: a generated client has many kinds of entries. */
	@Schema(name = "AuditEntry")
	public record Entry(long id, Instant at, @Nullable Long actorId, @Nullable String actorEmail, String action,
			String subject, String detail, @Nullable String remoteAddress) {
	}

	@Transactional
	void append(Instant at, @Nullable Long actorId, @Nullable String actorEmail, String action, String subject,
			String detail, @Nullable String remoteAddress) {
		entries.save(new AuditEntry(at, actorId, actorEmail, action, subject, detail, remoteAddress));
	}

	@Transactional(readOnly = true)
	public PageOf<Entry> read(@Nullable String action, int page, int size, Caller caller) {
		if (!caller.is(Role.ADMIN) && !caller.is(Role.SECURITY_ANALYST)) {
			throw new Problem.Forbidden("Only admins and security analysts read the audit log.");
		}
		var pageable = PageRequest.of(page, size);
		var found = action == null ? entries.findAllByOrderByIdDesc(pageable)
				: entries.findByActionOrderByIdDesc(action, pageable);
		return new PageOf<>(found.map(AuditEntry::view).getContent(), page, size, found.getTotalElements());
	}

}
