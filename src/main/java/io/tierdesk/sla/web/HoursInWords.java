package io.tierdesk.sla.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A calendar's week as people write it: {@code Mon–Fri 08:00–12:00, 13:00–17:00; Sat
 * 09:00–12:00}, days in a row with the same hours run together; {@code 24×7} for a week
 * open all day every day.
 */
final class HoursInWords {

	static final String ALL_WEEK = "24×7";

	static final String CLOSED = "closed";

	private HoursInWords() {
	}

	/** The week in one line, from the API's hours by weekday name. */
	static String of(Map<String, List<List<String>>> hours) {
		if (CalendarForm.isAllWeek(hours)) {
			return ALL_WEEK;
		}
		Map<String, String> byDay = byDay(hours);
		List<String> runs = new ArrayList<>();
		DayOfWeek first = null;
		DayOfWeek[] days = DayOfWeek.values();
		for (int i = 0; i < days.length; i++) {
			String today = byDay.get(days[i].name());
			boolean runGoesOn = i + 1 < days.length && today.equals(byDay.get(days[i + 1].name()));
			first = first == null ? days[i] : first;
			if (!runGoesOn) {
				if (!CLOSED.equals(today)) {
					runs.add(span(first, days[i]) + " " + today);
				}
				first = null;
			}
		}
		return runs.isEmpty() ? "no working time" : String.join("; ", runs);
	}

	/** Each weekday's intervals, {@code 08:00–12:00, 13:00–17:00} or {@code closed}. */
	static Map<String, String> byDay(Map<String, List<List<String>>> hours) {
		Map<String, String> byDay = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<List<String>> pairs = hours.getOrDefault(day.name(), List.of());
			byDay.put(day.name(), pairs.isEmpty() ? CLOSED : intervals(pairs));
		}
		return byDay;
	}

	/** Intervals in time order, {@code 08:00–12:00, 13:00–17:00}. */
	static String intervals(List<List<String>> pairs) {
		return pairs.stream()
			.filter(p -> p.size() == 2 && p.stream().allMatch(Objects::nonNull))
			.map(p -> p.get(0) + "–" + p.get(1))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private static String span(DayOfWeek from, DayOfWeek to) {
		return from == to ? shortName(from) : shortName(from) + "–" + shortName(to);
	}

	static String shortName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
	}

}
