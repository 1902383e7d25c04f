package io.tierdesk.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tierdesk.platform.Problem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

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
		result.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), message(e)));
		result.getGlobalErrors().forEach(e -> errors.putIfAbsent(WHOLE_FORM, String.valueOf(e.getDefaultMessage())));
		return errors;
	}

	/**
	 * A value that could not be bound says so in words; the binder's own message names
	 * Java types.
	 */
	private static String message(FieldError error) {
		if (!error.isBindingFailure()) {
			return String.valueOf(error.getDefaultMessage());
		}
		Throwable cause = error.contains(TypeMismatchException.class)
				? NestedExceptionUtils.getMostSpecificCause(error.unwrap(TypeMismatchException.class)) : null;
		return cause instanceof PlainTextInput.ControlCharacters ? cause.getMessage() : "is not a valid value";
	}

	public static Map<String, String> of(Problem problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		problem.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		errors.putIfAbsent(WHOLE_FORM, problem.getMessage());
		return errors;
	}

}
