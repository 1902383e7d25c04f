package io.tierdesk.sla.contract;

import java.util.Set;

import io.tierdesk.sla.SlaContracts.Target;
import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;

/** A contract that passed {@link ContractChecks}, as it will be stored. */
record CheckedContract(String name, @Nullable Long organisationId, Set<Priority> priorities, Set<Target> targets,
		Credit credit, String currency) {
}
