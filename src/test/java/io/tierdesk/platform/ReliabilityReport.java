package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps {@code docs/reliability.md} true: a test that tries a class of bad input records
 * what it tried and what failed, and the document's row for that class must say exactly
 * that. The counts come from fixed seeds, fixed sizes and the OpenAPI document, so they
 * change only when a test or the API does; then
 * {@code -Dtierdesk.reliability.refresh=true} rewrites the rows (review the diff like any
 * change of figures). Both database runs check the same rows, so the figures hold on H2
 * and PostgreSQL alike; a run of a few tests checks the rows those tests recorded.
 */
public final class ReliabilityReport {

	static final Path DOCUMENT = Path.of("docs/reliability.md");

	private final String section;

	private final Map<String, int[]> recorded = new LinkedHashMap<>();

	/** The rows between {@code <!-- reliability:section -->} and its end marker. */
	public ReliabilityReport(String section) {
		this.section = section;
	}

	/**
	 * A class of input was tried this many times; {@code failed} were answered wrongly.
	 */
	public synchronized void record(String inputClass, int tried, int failed) {
		recorded.merge(inputClass, new int[] { tried, failed }, (a, b) -> new int[] { a[0] + b[0], a[1] + b[1] });
	}

	/** Asserts the document says what was recorded (or, refreshing, makes it say so). */
	public synchronized void check() {
		String begin = "<!-- reliability:" + section + " -->\n";
		String end = "<!-- /reliability:" + section + " -->";
		String document = read();
		int from = document.indexOf(begin);
		int to = document.indexOf(end);
		assertThat(from).as("docs/reliability.md has no section; add the markers %s and %s", begin.strip(), end)
			.isNotNegative();
		assertThat(to).as("the end marker %s", end).isGreaterThan(from);
		Map<String, String> rows = rows(document.substring(from + begin.length(), to));
		Map<String, String> found = new LinkedHashMap<>();
		recorded.forEach((inputClass, counts) -> found.put(inputClass, counts[0] + " | " + counts[1]));
		if (Boolean.getBoolean("tierdesk.reliability.refresh")) {
			rows.putAll(found);
			write(document.substring(0, from + begin.length()) + table(rows) + document.substring(to));
			return;
		}
		found.forEach((inputClass, counts) -> assertThat(rows.get(inputClass))
			.as("docs/reliability.md, %s, row '%s' (tried | failed) no longer says what the test found; if the test "
					+ "or the API changed, refresh it with -Dtierdesk.reliability.refresh=true", section, inputClass)
			.isEqualTo(counts));
	}

	private static Map<String, String> rows(String table) {
		Map<String, String> rows = new LinkedHashMap<>();
		table.lines().skip(2).filter(line -> line.startsWith("| ")).forEach(line -> {
			String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
			rows.put(cells[0], cells[1] + " | " + cells[2]);
		});
		return rows;
	}

	private static String table(Map<String, String> rows) {
		return rows.entrySet()
			.stream()
			.map(row -> "| " + row.getKey() + " | " + row.getValue() + " |")
			.collect(Collectors.joining("\n", "| class of input | tried | failed |\n| --- | ---: | ---: |\n", "\n"));
	}

	private static String read() {
		try {
			return Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(String document) {
		try {
			Files.writeString(DOCUMENT, document, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
