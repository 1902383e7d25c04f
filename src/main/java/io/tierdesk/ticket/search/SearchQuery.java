package io.tierdesk.ticket.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tierdesk.ticket.domain.Ticket;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed in a search box, read once and safely: a ticket number
 * ({@code TD-1042}, {@code 1042}), or words. Words are letters and digits (with inner
 * {@code @ . _ - /}, so an email address or a host name stays one word); a word after
 * {@code -} is excluded, words in quotes are a phrase, {@code or} offers an alternative.
 * Everything else (operators, SQL, HTML, control characters) is dropped here, so no input
 * reaches the database as anything but a few plain words, and at most {@value #MAX_WORDS}
 * of them: a 10,000-character paste is searched by its first words and says so.
 *
 * @param text the words again in the syntax of PostgreSQL's {@code websearch_to_tsquery},
 * rebuilt from the words only
 * @param words the words to find (not the excluded ones), lower case: what the H2 search
 * looks for and the highlighter marks
 * @param excluded the words after {@code -}
 * @param shortened whether words past {@value #MAX_WORDS} were left out
 */
public record SearchQuery(String text, List<String> words, List<String> excluded, boolean shortened,
		@Nullable Long ticketNumber) {

	public static final int MAX_WORDS = 16;

	/**
	 * Longer "words" are pasted data (a token, a hash): cut, still found by the start.
	 */
	static final int MAX_WORD_LENGTH = 64;

	/** "TD-1042", "TD 1042", "td1042" or "1042". */
	private static final Pattern NUMBER = Pattern
		.compile("(?i)\\s*(?:" + Pattern.quote(Ticket.NUMBER_PREFIX.replace("-", "")) + "[-\\s]*)?(\\d{1,18})\\s*");

	private static final Pattern TOKEN = Pattern.compile("\"|(-?)([\\p{L}\\p{N}]+(?:[@._\\-/][\\p{L}\\p{N}]+)*)",
			Pattern.UNICODE_CHARACTER_CLASS);

	public static SearchQuery parse(@Nullable String raw) {
		if (raw == null) {
			return new SearchQuery("", List.of(), List.of(), false, null);
		}
		Matcher number = NUMBER.matcher(raw);
		Long ticketNumber = number.matches() ? Long.valueOf(number.group(1)) : null;
		List<String> parts = new ArrayList<>();
		List<String> words = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		List<String> phrase = null;
		Matcher token = TOKEN.matcher(raw);
		int count = 0;
		boolean shortened = false;
		while (token.find()) {
			if (token.group().equals("\"")) {
				phrase = closePhrase(phrase, parts);
				continue;
			}
			if (count == MAX_WORDS) {
				shortened = true;
				break;
			}
			String word = cut(token.group(2).toLowerCase(Locale.ROOT));
			boolean negated = !token.group(1).isEmpty() && phrase == null;
			count++;
			if (phrase != null) {
				phrase.add(word);
				words.add(word);
			}
			else if (negated) {
				parts.add("-" + word);
				excluded.add(word);
			}
			else if (word.equals("or")) {
				// An alternative for PostgreSQL; H2 reads the words either side as
				// required.
				parts.add(word);
			}
			else {
				parts.add(word);
				words.add(word);
			}
		}
		closePhrase(phrase, parts);
		return new SearchQuery(String.join(" ", parts), List.copyOf(words), List.copyOf(excluded), shortened,
				ticketNumber);
	}

	/** Whether there is anything to look for in the text. */
	public boolean hasWords() {
		return !words.isEmpty();
	}

	private static @Nullable List<String> closePhrase(@Nullable List<String> phrase, List<String> parts) {
		if (phrase == null) {
			return new ArrayList<>();
		}
		if (!phrase.isEmpty()) {
			parts.add("\"" + String.join(" ", phrase) + "\"");
		}
		return null;
	}

	private static String cut(String word) {
		return word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word;
	}

}
