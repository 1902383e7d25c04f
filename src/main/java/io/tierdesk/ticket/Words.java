package io.tierdesk.ticket;

import java.util.Locale;

/** Enum constants as words for people: {@code ON_HOLD} reads "On hold". */
final class Words {

	private Words() {
	}

	static String of(Enum<?> value) {
		String lower = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
