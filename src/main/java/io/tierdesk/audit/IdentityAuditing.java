package io.tierdesk.audit;

import io.tierdesk.identity.IdentityEvents.ApiTokenMinted;
import io.tierdesk.identity.IdentityEvents.ApiTokenRevoked;
import io.tierdesk.identity.IdentityEvents.BannerAccepted;
import io.tierdesk.identity.IdentityEvents.OrganisationSaved;
import io.tierdesk.identity.IdentityEvents.PasswordChanged;
import io.tierdesk.identity.IdentityEvents.PasswordIssued;
import io.tierdesk.identity.IdentityEvents.RoleChanged;
import io.tierdesk.identity.IdentityEvents.SignInFailed;
import io.tierdesk.identity.IdentityEvents.SignInPaused;
import io.tierdesk.identity.IdentityEvents.SignInUnlocked;
import io.tierdesk.identity.IdentityEvents.UserCreated;
import io.tierdesk.identity.IdentityEvents.UserDeactivated;
import io.tierdesk.identity.IdentityEvents.UserSignedIn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns identity's events into audit entries. Each listener runs after commit, from the
 * event publication registry.
 */
@Component
class IdentityAuditing {

	private final AuditLog log;

	IdentityAuditing(AuditLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(UserSignedIn e) {
		log.append(e.at(), e.userId(), e.email(), "SIGN_IN", e.email(), "signed in", e.remoteAddress());
	}

	@ApplicationModuleListener
	void on(SignInFailed e) {
		log.append(e.at(), null, e.email(), "SIGN_IN_FAILED", e.email(), e.reason(), e.remoteAddress());
	}

	@ApplicationModuleListener
	void on(SignInPaused e) {
		log.append(e.at(), null, null, "SIGN_IN_PAUSED", e.subject(), "paused for " + e.pause().toSeconds()
				+ " s until " + e.until() + " after " + e.failures() + " failed sign-ins in a row", e.remoteAddress());
	}

	@ApplicationModuleListener
	void on(SignInUnlocked e) {
		log.append(e.at(), e.byUserId(), null, "SIGN_IN_UNLOCKED", e.email(), "pause lifted, failures forgotten", null);
	}

	@ApplicationModuleListener
	void on(UserCreated e) {
		log.append(e.at(), e.byUserId(), null, "USER_CREATED", e.email(), "role " + e.role(), null);
	}

	@ApplicationModuleListener
	void on(RoleChanged e) {
		log.append(e.at(), e.byUserId(), null, "ROLE_CHANGED", e.email(), e.from() + " → " + e.to(), null);
	}

	@ApplicationModuleListener
	void on(UserDeactivated e) {
		log.append(e.at(), e.byUserId(), null, "USER_DEACTIVATED", e.email(), "deactivated", null);
	}

	@ApplicationModuleListener
	void on(ApiTokenMinted e) {
		log.append(e.at(), e.byUserId(), null, "TOKEN_MINTED", "user " + e.userId(),
				"token " + e.tokenId() + " '" + e.name() + "'", null);
	}

	@ApplicationModuleListener
	void on(ApiTokenRevoked e) {
		log.append(e.at(), e.byUserId(), null, "TOKEN_REVOKED", "user " + e.userId(),
				"token " + e.tokenId() + " '" + e.name() + "'", null);
	}

	@ApplicationModuleListener
	void on(PasswordChanged e) {
		log.append(e.at(), e.userId(), e.email(), AuditKind.PASSWORD_CHANGED.name(), e.email(),
				"changed their own password", null);
	}

	@ApplicationModuleListener
	void on(PasswordIssued e) {
		AuditKind kind = e.firstAccess() ? AuditKind.PORTAL_ACCESS_GIVEN : AuditKind.PASSWORD_RESET;
		log.append(e.at(), e.byUserId(), null, kind.name(), e.email(),
				"generated password shown once to the admin; any sign-in pause lifted", null);
	}

	@ApplicationModuleListener
	void on(OrganisationSaved e) {
		AuditKind kind = e.created() ? AuditKind.ORGANISATION_CREATED : AuditKind.ORGANISATION_CHANGED;
		log.append(e.at(), e.byUserId(), null, kind.name(), "organisation " + e.name(), e.detail(), null);
	}

	@ApplicationModuleListener
	void on(BannerAccepted e) {
		log.append(e.at(), e.userId(), null, "BANNER_ACCEPTED", "user " + e.userId(), "version " + e.version(), null);
	}

}
