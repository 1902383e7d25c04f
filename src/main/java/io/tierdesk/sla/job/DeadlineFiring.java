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

	void fire(Deadline deadline) {
		try {
			transaction.executeWithoutResult(status -> fireOnce(deadline));
		}
		catch (DuplicateKeyException ex) {
			log.info("Deadline {} fired on another run at the same time; this run did nothing", deadline.instanceId());
		}
	}

	private void fireOnce(Deadline deadline) {
		if (fired.fired(deadline)) {
			return;
		}
		Optional<DeadlineBasis> basis = standings.standing(deadline);
		if (basis.isEmpty()) {
			return;
		}
		fired.record(deadline, clock.instant());
		actions.perform(deadline, basis.get());
	}

}
