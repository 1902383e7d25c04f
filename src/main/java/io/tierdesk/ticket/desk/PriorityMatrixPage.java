package io.tierdesk.ticket.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.PriorityMatrixSettings;
import io.tierdesk.ticket.PriorityMatrixSettings.Cell;
import io.tierdesk.ticket.PriorityMatrixSettings.Matrix;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin: the impact × urgency → priority matrix as a 3 × 3 grid of choices; one field per
 * cell, named IMPACT-URGENCY.
 */
@PageController
class PriorityMatrixPage {

	private final PriorityMatrixSettings settings;

	PriorityMatrixPage(PriorityMatrixSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/admin/priority-matrix")
	String show(Model model) {
		Map<String, String> cells = new java.util.HashMap<>();
		settings.current().cells().forEach(c -> cells.put(c.impact() + "-" + c.urgency(), c.priority().name()));
		return render(cells, Map.of(), model);
	}

	private String render(Map<String, String> cells, Map<String, String> errors, Model model) {
		model.addAttribute("cells", cells);
		model.addAttribute("errors", errors);
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("impacts", headings(PlainWords.IMPACT));
		model.addAttribute("urgencies", headings(PlainWords.URGENCY));
		return "admin/priority-matrix";
	}

	/**
	 * A row or column of the grid: the level, and its heading in the portal's words.
	 */
	record Heading(Level level, String text) {
	}

	/**
	 * Built here rather than looked up in the template: there {@code words[level]} reads
	 * the key as the literal string "level" (SpEL's map indexing), which showed "High ·
	 * null". The words' order (most first) is the grid's order.
	 */
	private static List<Heading> headings(Map<Level, String> words) {
		return words.entrySet()
			.stream()
			.map(word -> new Heading(word.getKey(), word.getKey().label() + " · " + word.getValue()))
			.toList();
	}

	/**
	 * A cell without a known priority (a tampered form) shows the grid again as sent,
	 * with the reason above it.
	 */
	@PostMapping("/admin/priority-matrix")
	String replace(@RequestParam Map<String, String> form, Caller caller, Model model, RedirectAttributes redirect) {
		try {
			settings.replace(new Matrix(cells(form)), caller);
		}
		catch (Problem.InvalidInput problem) {
			return render(form, FormErrors.of(problem), model);
		}
		redirect.addFlashAttribute("notice", "Priority matrix saved; it applies to tickets from now on.");
		return "redirect:/admin/priority-matrix";
	}

	private static List<Cell> cells(Map<String, String> form) {
		List<Cell> cells = new ArrayList<>();
		for (Level impact : Level.values()) {
			for (Level urgency : Level.values()) {
				cells.add(new Cell(impact, urgency, priority(form.get(impact + "-" + urgency))));
			}
		}
		return cells;
	}

	private static Priority priority(@Nullable String value) {
		try {
			return Priority.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw new Problem.InvalidInput("cells", "choose a priority for every cell");
		}
	}

}
