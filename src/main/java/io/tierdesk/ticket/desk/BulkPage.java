package io.tierdesk.ticket.desk;

import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's bulk action: a plain form POST (htmx only swaps the results), answered by
 * the same queue with one summary of what was done and what was refused, ticket by
 * ticket. The queue's filter comes along in the action's query string, so the agent lands
 * back on the view they acted in. A form that cannot be applied at all (nothing selected,
 * a reason too long) changes nothing and shows the queue again with why.
 */
@PageController
class BulkPage {

	private static final java.util.regex.Pattern QUERY = java.util.regex.Pattern.compile("[A-Za-z0-9_.,%=&+-]{1,2000}");

	/** The form's fields as the bar labels them. */
	private static final Map<String, String> LABELS = Map.of("selected", "Selection", "allOnPage", "Selection",
			"setStatus", "Status", "setImpact", "Impact", "setUrgency", "Urgency", "setTeam", "Team", "setAssignee",
			"Assignee", "reason", "Reason");

	private final BulkChanges changes;

	private final DeskPage desk;

	BulkPage(BulkChanges changes, DeskPage desk) {
		this.changes = changes;
		this.desk = desk;
	}

	@PostMapping("/desk/bulk")
	String apply(@Valid @ModelAttribute("bulk") @Nullable BulkForm form, BindingResult binding,
			@ModelAttribute("filter") DeskFilter filter, Caller caller, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (form == null || binding.hasErrors()) {
			return refuse(FormErrors.of(binding), filter, caller, request, model);
		}
		try {
			BulkSelection selection = form.selection();
			if (!form.changesSomething()) {
				throw new Problem.InvalidInput("setStatus", "choose what to change");
			}
			redirect.addFlashAttribute("bulkWhat", form.describe());
			redirect.addFlashAttribute("bulkOutcome",
					changes.apply(selection, row -> form.changeFor(row, caller), caller));
		}
		catch (Problem problem) {
			return refuse(FormErrors.of(problem), filter, caller, request, model);
		}
		return "redirect:/desk" + queueOf(request.getQueryString());
	}

	private String refuse(Map<String, String> errors, DeskFilter filter, Caller caller, HttpServletRequest request,
			Model model) {
		var first = errors.entrySet().iterator().next();
		String field = LABELS.get(first.getKey());
		model.addAttribute("bulkError",
				"Nothing was changed. " + (field == null ? "" : field + ": ") + first.getValue() + ".");
		return desk.desk(filter, caller, request, model, request.getHeader("HX-Request"));
	}

	/**
	 * The desk's own query string as the browser encoded it; anything else (a hand-made
	 * address with raw characters) goes back to the default queue rather than into a
	 * redirect.
	 */
	private static String queueOf(@Nullable String query) {
		return query != null && QUERY.matcher(query).matches() ? "?" + query : "";
	}

}
