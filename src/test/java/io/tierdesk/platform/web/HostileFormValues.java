package io.tierdesk.platform.web;

import java.util.ArrayList;
import java.util.List;

import io.tierdesk.platform.web.PageEndpoints.Field;
import org.jspecify.annotations.Nullable;

/**
 * What a careless or hostile person types or sends in one field of a page form, and
 * whether the form must refuse it. A null value leaves the field out of the request.
 */
final class HostileFormValues {

	/** Sent where a field has no limit of its own. */
	static final int UNLIMITED_LENGTH = 5000;

	record Value(String kind, @Nullable String text, boolean mustRefuse) {

		String label() {
			return text == null ? kind : kind + " (" + text.length() + " chars)";
		}

	}

	private HostileFormValues() {
	}

	static List<Value> forField(Field field) {
		List<Value> values = new ArrayList<>();
		if (field.max() != null) {
			values.add(new Value("at the limit", "x".repeat(field.max()), false));
			values.add(new Value("over the limit", "x".repeat(field.max() + 1), true));
		}
		else {
			values.add(new Value("very long", "9".repeat(UNLIMITED_LENGTH), false));
		}
		values.add(new Value("empty", "", field.required()));
		values.add(new Value("absent", null, field.required() && field.type() != boolean.class));
		values.add(new Value("NUL", "a\u0000b", true));
		values.add(new Value("control characters", "a\u0007\u001b[2Jb", true));
		values.add(new Value("markup and SQL", "<script>alert(1)</script>' OR '1'='1; --", false));
		values.add(new Value("unknown choice", UNKNOWN_CHOICE, false));
		values.add(new Value("huge number", "99999999999999999999", false));
		values.add(new Value("negative", "-1", false));
		values.add(new Value("missing row", MISSING_ID, false));
		return values;
	}

	/** A choice no form offers; forms that take names keep it as a name. */
	static final String UNKNOWN_CHOICE = "NOT_A_VALUE";

	/** An id no row has. */
	static final String MISSING_ID = "987654321";

	/** Path ids that are not numbers, too large, or of rows that do not exist. */
	static List<String> badIds() {
		return List.of("abc", "99999999999999999999", "-1", "0", MISSING_ID);
	}

}
