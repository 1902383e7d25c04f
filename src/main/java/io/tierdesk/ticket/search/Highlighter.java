package io.tierdesk.ticket.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Marks the searched words in a text, as pieces a template prints one by one with
 * {@code th:text} (the text stays text: no markup of a ticket ever reaches the page as
 * HTML). A word is marked where it starts a word of the text, in any case.
 */
public final class Highlighter {

	/** Characters of an excerpt shown before the first marked word. */
	static final int BEFORE = 60;

	static final int WIDTH = 220;

	private final @Nullable Pattern words;

	public Highlighter(List<String> words) {
		this.words = words.isEmpty() ? null
				: Pattern.compile(
						"(?<![\\p{L}\\p{N}])(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
	}

	/** A piece of text, marked when it is a searched word. */
	public record Piece(String text, boolean marked) {
	}

	/** The whole text (a subject), its words marked. */
	public List<Piece> all(String text) {
		return pieces(text, 0, text.length());
	}

	/**
	 * A window of the text around the first searched word, or null when the text has
	 * none.
	 */
	public @Nullable List<Piece> excerpt(String text) {
		if (words == null) {
			return null;
		}
		Matcher first = words.matcher(text);
		if (!first.find()) {
			return null;
		}
		int start = Math.max(0, first.start() - BEFORE);
		int space = text.lastIndexOf(' ', first.start());
		if (start > 0 && space >= start) {
			start = space + 1;
		}
		int end = Math.min(text.length(), start + WIDTH);
		List<Piece> excerpt = new ArrayList<>();
		if (start > 0) {
			excerpt.add(new Piece("…", false));
		}
		excerpt.addAll(pieces(text, start, end));
		if (end < text.length()) {
			excerpt.add(new Piece("…", false));
		}
		return excerpt;
	}

	private List<Piece> pieces(String text, int start, int end) {
		List<Piece> pieces = new ArrayList<>();
		int at = start;
		if (words != null) {
			Matcher m = words.matcher(text).region(start, end);
			while (m.find()) {
				if (m.start() > at) {
					pieces.add(new Piece(text.substring(at, m.start()), false));
				}
				pieces.add(new Piece(m.group(), true));
				at = m.end();
			}
		}
		if (at < end) {
			pieces.add(new Piece(text.substring(at, end), false));
		}
		return pieces;
	}

}
