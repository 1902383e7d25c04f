package io.tierdesk.ticket;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.domain.PriorityRule;
import io.tierdesk.ticket.domain.CurrentPriorityMatrix;
import io.tierdesk.ticket.domain.PriorityRuleRepository;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and replacing the impact × urgency → priority matrix. New priorities apply to
 * tickets from now on.
 */
@Service
@Transactional
public class PriorityMatrixSettings {

	private final PriorityRuleRepository rules;

	private final CurrentPriorityMatrix current;

	PriorityMatrixSettings(PriorityRuleRepository rules, CurrentPriorityMatrix current) {
		this.rules = rules;
		this.current = current;
	}

	public record Cell(@NotNull Level impact, @NotNull Level urgency, @NotNull Priority priority) {
	}

	public record Matrix(@NotNull @Size(min = 9, max = 9,
			message = "give all nine impact × urgency cells") List<@NotNull Cell> cells) {
	}

	@Transactional(readOnly = true)
	public Matrix current() {
		return new Matrix(rules.findAll()
			.stream()
			.map(r -> new Cell(r.cell().impact(), r.cell().urgency(), r.priority()))
			.sorted(java.util.Comparator.comparing(Cell::impact)
				.reversed()
				.thenComparing(Cell::urgency, java.util.Comparator.reverseOrder()))
			.toList());
	}

	/**
	 * Replaces the whole matrix; it must name each of the nine impact × urgency cells
	 * exactly once.
	 */
	public Matrix replace(Matrix matrix, Caller by) {
		if (!by.is(Role.ADMIN)) {
			throw new Problem.Forbidden("Only an admin can change the priority matrix.");
		}
		Set<PriorityRule.Cell> seen = new java.util.HashSet<>();
		for (Cell cell : matrix.cells()) {
			if (!seen.add(new PriorityRule.Cell(cell.impact(), cell.urgency()))) {
				throw new Problem.InvalidInput("cells",
						"the cell " + cell.impact() + " × " + cell.urgency() + " is given twice");
			}
		}
		if (seen.size() != EnumSet.allOf(Level.class).size() * EnumSet.allOf(Level.class).size()) {
			throw new Problem.InvalidInput("cells", "give all nine impact × urgency cells");
		}
		for (Cell cell : matrix.cells()) {
			rules.findById(new PriorityRule.Cell(cell.impact(), cell.urgency()))
				.orElseGet(() -> rules.save(new PriorityRule(cell.impact(), cell.urgency(), cell.priority())))
				.change(cell.priority());
		}
		rules.flush();
		current.forgetAfterCommit();
		return current();
	}

}
