package io.tierdesk.platform;

import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

/**
 * What any text or time a client sends must be, whatever carries it (a JSON property, a
 * query or form parameter, a multipart field, a path): the rule that
 * {@link AcceptedValuesModule} applies to bodies and {@link CheckedRequestFilter} to
 * parameters, so no field can forget it.
 * <p>
 * Text may hold any character but the C0 controls other than tab, line feed and carriage
 * return, and half of a surrogate pair. NUL cannot be stored in PostgreSQL at all; the
 * other controls are invisible, break terminals, CSV and XML exports and mean nothing in
 * a ticket; tab and line breaks are how people format what they write. An unpaired
 * surrogate is not Unicode and has no UTF-8 form, so the database would store something
 * else than was sent.
 * <p>
 * A time must fall in the years 1 to 9999, the four-digit years of ISO 8601: both
 * databases store those (PostgreSQL's timestamps end in the year 294276), and a time
 * beyond is a client's mistake, not a plan.
 */
public final class AcceptedValues {

	static final int FIRST_YEAR = 1;

	static final int LAST_YEAR = 9999;

	private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

	/**
	 * The first instant after the last year (an Instant may lie beyond any date-time's
	 * range).
	 */
	private static final Instant END_OF_LAST_YEAR = Instant.parse("+10000-01-01T00:00:00Z");

	private static final String OUTSIDE_YEARS = "is outside the years 0001 to 9999";

	private AcceptedValues() {
	}

	/**
	 * Why the value is refused, as the end of a sentence naming the field ("contains
	 * ..."), or null when it is accepted. Values other than text and times are accepted.
	 */
	public static @Nullable String refusal(@Nullable Object value) {
		if (value instanceof CharSequence text) {
			return textRefusal(text);
		}
		if (value instanceof Instant instant) {
			return instant.isBefore(FIRST_INSTANT) || !instant.isBefore(END_OF_LAST_YEAR) ? OUTSIDE_YEARS : null;
		}
		if (value instanceof TemporalAccessor time && time.isSupported(ChronoField.YEAR)) {
			return yearRefusal(time);
		}
		return null;
	}

	private static @Nullable String textRefusal(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
				return String.format("contains the control character U+%04X; only tab and line breaks are allowed",
						(int) c);
			}
			boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (paired) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains half of a surrogate pair, which is not a character";
			}
		}
		return null;
	}

	private static @Nullable String yearRefusal(TemporalAccessor time) {
		int year = time.get(ChronoField.YEAR);
		return year < FIRST_YEAR || year > LAST_YEAR ? OUTSIDE_YEARS : null;
	}

}
