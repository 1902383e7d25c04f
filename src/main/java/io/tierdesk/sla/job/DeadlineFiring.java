package io.tierdesk.sla.job;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deadline's timer fired: in one transaction, check that the deadline still stands and
 * has not fired, record that it fired, and act. A deadline the clock stopped, paused or
 * moved since does nothing; one that fired already (a second run after a crash, or the
 * other node) does nothing.
 */
@Component
class DeadlineFiring {

	private static final Logger log = LoggerFactory.getLogger(DeadlineFiring.class);

	private static final int ATTEMPTS = 5;

	private final TransactionTemplate transaction;

	private final DeadlineStandings standings;

	private final FiredDeadlines fired;

	private final DeadlineActions actions;

	private final Clock clock;

	DeadlineFiring(TransactionTemplate transaction, DeadlineStandings standings, FiredDeadlines fired,
			DeadlineActions actions, Clock clock) {
		this.transaction = transaction;
		this.standings = standings;
		this.fired = fired;
		this.actions = actions;
		this.clock = clock;
	}

	/**
	 * A person may change the ticket while its deadline acts on it: the losing
	 * transaction of the two rolls back whole (guard row included) and is tried again on
	 * the ticket as it is now, a few times, before the timer's own retry (minutes later)
	 * takes over.
	 */
	void fire(Deadline deadline) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> fireOnce(deadline));
				return;
			}
			catch (DuplicateKeyException ex) {
				log.info("Deadline {} fired on another run at the same time; this run did nothing",
						deadline.instanceId());
				return;
			}
			catch (RuntimeException ex) {
				if (attempt >= ATTEMPTS || !EditConflicts.isConflict(ex)) {
					throw ex;
				}
				log.debug("Deadline {} met a concurrent change of its ticket; trying again", deadline.instanceId());
			}
		}
	}

	private void fireOnce(Deadline deadline) {
		Optional<DeadlineBasis> basis = standings.standing(deadline);
		if (basis.isEmpty() || fired.fired(deadline)) {
			return;
		}
		fired.record(deadline, clock.instant());
		actions.perform(deadline, basis.get());
	}

}
