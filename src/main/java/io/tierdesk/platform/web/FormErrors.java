package io.tierdesk.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tierdesk.platform.Problem;
import org.springframework.validation.BindingResult;

/**
 * What was wrong with a submitted form, by field name, for showing beside the fields;
 * {@code form} holds a message that belongs to no single field. Pages re-render the form
 * with what the user typed, so nothing typed is lost.
 */
public final class FormErrors {

	public static final String WHOLE_FORM = "form";

	private FormErrors() {
	}

	public static Map<String, String> of(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		result.getFieldErrors()
			.forEach(e -> errors.putIfAbsent(e.getField(),
					e.isBindingFailure() ? "is not a valid value" : String.valueOf(e.getDefaultMessage())));
		result.getGlobalErrors().forEach(e -> errors.putIfAbsent(WHOLE_FORM, String.valueOf(e.getDefaultMessage())));
		return errors;
	}

	public static Map<String, String> of(Problem problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		problem.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		errors.putIfAbsent(WHOLE_FORM, problem.getMessage());
		return errors;
	}

}
