package io.tierdesk.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person's own recent sign-ins, good and failed, for their account page. Identity
 * publishes sign-ins as events and keeps no history of its own; the module that records
 * them (audit) answers this, so identity does not depend on it.
 */
public interface SignInHistory {

	List<SignInRecord> recent(long userId, String email, int limit);

	/** One attempt: when, from which address, and whether it let the person in. */
	record SignInRecord(Instant at, @Nullable String remoteAddress, boolean succeeded) {
	}

}
