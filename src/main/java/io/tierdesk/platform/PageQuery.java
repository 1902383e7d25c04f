package io.tierdesk.platform;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A checked {@code ?page=&size=&sort=field,dir}: negative pages, sizes out of range and
 * sort fields the resource does not offer are refused with a 400 naming the field, never
 * passed on to the database.
 */
public record PageQuery(int page, int size, String sortField, boolean ascending) {

	public static final int MAX_SIZE = 200;

	public static final int DEFAULT_SIZE = 50;

	public static PageQuery of(@Nullable Integer page, @Nullable Integer size, @Nullable String sort,
			Set<String> sortable, String defaultSort) {
		int p = page == null ? 0 : page;
		int s = size == null ? DEFAULT_SIZE : size;
		if (p < 0) {
			throw new Problem.InvalidInput("page", "must be 0 or more");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new Problem.InvalidInput("size", "must be between 1 and " + MAX_SIZE);
		}
		// The database takes the offset as an int: a page past it would overflow into a
		// 500.
		if ((long) p * s > Integer.MAX_VALUE) {
			throw new Problem.InvalidInput("page", "must be at most " + Integer.MAX_VALUE / s + " with size " + s);
		}
		String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",", -1);
		String field = parts[0].trim();
		if (!sortable.contains(field)) {
			throw new Problem.InvalidInput("sort", "unknown sort field '" + field + "'; one of " + sortable);
		}
		String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
		if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
			throw new Problem.InvalidInput("sort", "direction must be asc or desc");
		}
		return new PageQuery(p, s, field, direction.equals("asc"));
	}

	public long offset() {
		return (long) page * size;
	}

}
