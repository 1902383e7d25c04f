package io.tierdesk.sla.job;

import java.util.Optional;

/**
 * Whether a deadline still stands when its timer fires: the clock may have stopped
 * (answered, resolved), paused or moved it since. Asked inside the transaction that acts.
 */
public interface DeadlineStandings {

	/** Its basis if the deadline stands as it was scheduled; empty if it does not. */
	Optional<DeadlineBasis> standing(Deadline deadline);

}
