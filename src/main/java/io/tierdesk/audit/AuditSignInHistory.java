package io.tierdesk.audit;

import java.util.List;

import io.tierdesk.identity.SignInHistory;
import org.springframework.stereotype.Component;

/**
 * Identity's account page asks for a person's recent sign-ins; the audit log has them.
 */
@Component
class AuditSignInHistory implements SignInHistory {

	private final AuditLog log;

	AuditSignInHistory(AuditLog log) {
		this.log = log;
	}

	@Override
	public List<SignInRecord> recent(long userId, String email, int limit) {
		return log.signInsOf(userId, email, limit)
			.stream()
			.map(e -> new SignInRecord(e.at(), e.remoteAddress(), e.action().equals(AuditKind.SIGN_IN.name())))
			.toList();
	}

}
