package io.tierdesk.sla.job;

import java.util.Optional;

/**
 * Whether a deadline still stands when its timer fires: the clock may have stopped
 * (answered, resolved), paused or moved it since. Asked inside the transaction that acts.
 */
public interface DeadlineStandings {

	/**
	 * Its basis if the deadline stands as it was scheduled; empty if it does not. Locks
	 * the ticket's deadlines until the transaction ends, so that two deadlines of one
	 * ticket that fall due together act one after the other, and a recompute of its
	 * clocks waits.
	 */
	Optional<DeadlineBasis> standing(Deadline deadline);

}
