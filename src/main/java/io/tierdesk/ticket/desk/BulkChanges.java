package io.tierdesk.ticket.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.domain.StaleVersion;
import io.tierdesk.ticket.domain.Ticket;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies one change to many tickets, each through {@link Tickets#change} in its own
 * transaction: every ticket passes its own rules (lifecycle, version, team membership),
 * one refusal does not undo the others, and a thousand tickets never hold one long
 * transaction. Deliberately not transactional itself.
 */
@Component
class BulkChanges {

	private final Tickets tickets;

	BulkChanges(Tickets tickets) {
		this.tickets = tickets;
	}

	/** What a bulk action did: changed, already so, and refused with the reason. */
	record Outcome(List<String> changed, List<String> unchanged,
			List<Refusal> refused) implements java.io.Serializable {

		public int total() {
			return changed.size() + unchanged.size() + refused.size();
		}

	}

	record Refusal(long id, String number, String reason) implements java.io.Serializable {
	}

	Outcome apply(BulkSelection selection, Function<BulkSelection.Row, TicketChange> change, Caller caller) {
		var outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (BulkSelection.Row row : selection.rows()) {
			String number = Ticket.NUMBER_PREFIX + row.id();
			try {
				long after = tickets.change(row.id(), change.apply(row), caller).version();
				(after == row.version() ? outcome.unchanged() : outcome.changed()).add(number);
			}
			catch (StaleVersion | OptimisticLockingFailureException stale) {
				outcome.refused()
					.add(new Refusal(row.id(), number, "changed by someone else since the queue was loaded"));
			}
			catch (Problem problem) {
				outcome.refused().add(new Refusal(row.id(), number, reason(problem)));
			}
		}
		return outcome;
	}

	/** The field's message when there is one ("Ann is not a member of Network"). */
	private static String reason(Problem problem) {
		return problem.errors().isEmpty() ? problem.getMessage() : problem.errors().get(0).message();
	}

}
