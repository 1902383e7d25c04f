package io.tierdesk.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place that turns a code into words for people: {@code ON_HOLD} reads "On hold",
 * {@code API} stays "API", {@code WALK_IN} reads "Walk-in". Every enum a page shows has a
 * {@code label()} that comes here unless its words are its own ({@code Role},
 * {@code AuditKind}); pages never print a constant, and WordsOnPagesIntegrationTests
 * reads every page for one.
 */
public final class Words {

	/** Codes whose words are not the code in sentence case. */
	private static final Map<String, String> OWN_WORDS = Map.of("API", "API", "SLA", "SLA", "WALK_IN", "Walk-in", "MFA",
			"MFA", "TOTP", "TOTP", "CSV", "CSV");

	private Words() {
	}

	public static String of(Enum<?> value) {
		return of(value.name());
	}

	/** A code's words; each underscore-separated part that is an acronym stays one. */
	public static String of(String code) {
		String own = OWN_WORDS.get(code);
		if (own != null) {
			return own;
		}
		String words = Arrays.stream(code.split("_"))
			.map(part -> OWN_WORDS.getOrDefault(part, part.toLowerCase(Locale.ROOT)))
			.collect(Collectors.joining(" "));
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
