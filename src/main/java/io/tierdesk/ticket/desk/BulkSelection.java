package io.tierdesk.ticket.desk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The tickets a bulk action is for, each with the version the agent saw in the queue, so
 * a ticket someone changed since is refused rather than overwritten. A row travels as
 * {@code id:version}; "all on this page" sends the page's rows joined by commas in one
 * field, which works without script and keeps the request far under the server's limit on
 * parameters (1,000).
 */
record BulkSelection(List<Row> rows) {

	/**
	 * At most this many tickets in one request: each gets its own transaction, so a
	 * thousand finish in seconds, and nobody selects more on a page of 50.
	 */
	static final int MAX = 1000;

	record Row(long id, long version) {
	}

	/** The rows checked one by one and those of the "all on this page" box, once each. */
	static BulkSelection of(@Nullable List<String> checked, @Nullable String allOnPage) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		java.util.stream.Stream
			.concat(checked == null ? java.util.stream.Stream.of() : checked.stream(),
					allOnPage == null || allOnPage.isBlank() ? java.util.stream.Stream.of()
							: java.util.Arrays.stream(allOnPage.split(",")))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(BulkSelection::row)
			.forEach(row -> rows.putIfAbsent(row.id(), row));
		if (rows.isEmpty()) {
			throw new Problem.InvalidInput("selected", "select at least one ticket");
		}
		if (rows.size() > MAX) {
			throw new Problem.InvalidInput("selected", "select at most " + MAX + " tickets at once");
		}
		return new BulkSelection(List.copyOf(rows.values()));
	}

	private static Row row(String pair) {
		String[] parts = pair.split(":", -1);
		try {
			if (parts.length == 2) {
				return new Row(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the refusal below
		}
		throw new Problem.InvalidInput("selected", "not a ticket of the queue: " + pair);
	}

}
