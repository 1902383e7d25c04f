package io.tierdesk.ticket.desk;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's bulk action: a plain form POST (htmx only swaps the results), answered by
 * the same queue with one summary of what was done and what was refused, ticket by
 * ticket. The queue's filter comes along in the action's query string, so the agent lands
 * back on the view they acted in.
 */
@PageController
class BulkPage {

	private static final java.util.regex.Pattern QUERY = java.util.regex.Pattern.compile("[A-Za-z0-9_.,%=&+-]{1,2000}");

	private final BulkChanges changes;

	BulkPage(BulkChanges changes) {
		this.changes = changes;
	}

	@PostMapping("/desk/bulk")
	String apply(@Valid @ModelAttribute("bulk") @Nullable BulkForm form, BindingResult binding, Caller caller,
			HttpServletRequest request, RedirectAttributes redirect) {
		String back = "redirect:/desk" + queueOf(request.getQueryString());
		if (form == null || binding.hasErrors()) {
			var error = FormErrors.of(binding).entrySet().iterator().next();
			redirect.addFlashAttribute("bulkError",
					"Nothing was changed: " + error.getKey() + " " + error.getValue() + ".");
			return back;
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
			redirect.addFlashAttribute("bulkError",
					"Nothing was changed: " + FormErrors.of(problem).values().iterator().next() + ".");
		}
		return back;
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
