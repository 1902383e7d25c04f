package io.tierdesk.sla.job;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Whether a failure is another transaction's concurrent change of the same rows (a stale
 * version, a lock or serialisation failure): worth trying again, unlike any other.
 */
final class EditConflicts {

	private EditConflicts() {
	}

	static boolean isConflict(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConcurrencyFailureException
					|| cause instanceof jakarta.persistence.OptimisticLockException
					|| cause instanceof jakarta.persistence.PessimisticLockException) {
				return true;
			}
		}
		return false;
	}

}
