package io.tierdesk.platform;

import java.util.List;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a body that could not be read into a sentence a client developer can act on,
 * naming the field when known.
 */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static String explain(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof AcceptedValuesModule.RefusedValue refused) {
			return "Field '" + path(refused) + "' " + refused.refusal() + ".";
		}
		if (cause instanceof InvalidNullException nullElement) {
			return "Field '" + path(nullElement) + "' must not be null.";
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + unknown.getPropertyName() + "'.";
		}
		if (cause instanceof InvalidFormatException invalid) {
			String allowed = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
					? " Allowed: " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants()) + "." : "";
			return "Field '" + path(invalid) + "' has a value that is not valid: " + invalid.getValue() + "." + allowed;
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return "Field '" + path(mismatched) + "' has the wrong type.";
		}
		return "The body is not valid JSON for this request (malformed JSON, bad UTF-8 or an empty body).";
	}

	/**
	 * The field at fault, when the body is JSON but one value in it is not what the field
	 * takes.
	 */
	static List<Problem.FieldError> fieldErrors(HttpMessageNotReadableException ex) {
		if (ex.getMostSpecificCause() instanceof MismatchedInputException mismatched
				&& !mismatched.getPath().isEmpty()) {
			String field = path(mismatched);
			String message = mismatched instanceof AcceptedValuesModule.RefusedValue refused ? refused.refusal()
					: mismatched instanceof InvalidNullException ? "must not be null"
							: "has the wrong type or a value that is not valid";
			return List.of(new Problem.FieldError(field, message));
		}
		return List.of();
	}

	private static String path(MismatchedInputException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
	}

}
