package io.tierdesk.ticket.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Priority;

/** Impact × urgency → priority, with the reason in words for the timeline. */
public final class PriorityMatrix {

	private final Map<Level, Map<Level, Priority>> cells = new EnumMap<>(Level.class);

	private PriorityMatrix() {
	}

	public static PriorityMatrix of(Collection<PriorityRule> rules) {
		PriorityMatrix matrix = new PriorityMatrix();
		for (PriorityRule rule : rules) {
			matrix.cells.computeIfAbsent(rule.cell().impact(), k -> new EnumMap<>(Level.class))
				.put(rule.cell().urgency(), rule.priority());
		}
		return matrix;
	}

	public Priority priorityOf(Level impact, Level urgency) {
		Priority priority = cells.getOrDefault(impact, Map.of()).get(urgency);
		if (priority == null) {
			throw new IllegalStateException("the priority matrix has no cell for " + impact + " × " + urgency);
		}
		return priority;
	}

	public static String explain(Priority priority, Level impact, Level urgency) {
		return "Priority " + priority + ": impact " + impact.label() + " × urgency " + urgency.label();
	}

}
