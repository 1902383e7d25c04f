package io.tierdesk.sla.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.tierdesk.sla.Calendars.CalendarDraft;
import io.tierdesk.sla.Calendars.CalendarView;

/**
 * Where a calendar someone else saved meanwhile differs from the form an admin typed, in
 * words ("Time zone: saved now Europe/London; yours Europe/Berlin"), so they can see what
 * they would overwrite before saving again.
 */
final class CalendarDifferences {

	private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final String NONE = "none";

	private CalendarDifferences() {
	}

	static List<String> between(CalendarView saved, CalendarDraft typed) {
		List<String> differences = new ArrayList<>();
		differ(differences, "Name", saved.name(), typed.name());
		differ(differences, "Time zone", saved.timeZone(), typed.timeZone());
		Map<String, String> savedWeek = HoursInWords.byDay(saved.hours());
		Map<String, String> typedWeek = HoursInWords.byDay(typed.hours());
		for (DayOfWeek day : DayOfWeek.values()) {
			differ(differences, HoursInWords.shortName(day), savedWeek.get(day.name()), typedWeek.get(day.name()));
		}
		differ(differences, "Closed days", holidays(saved.holidays()), holidays(typed.holidays()));
		differ(differences, "Special hours", specialDays(saved.specialDays()), specialDays(typed.specialDays()));
		return differences;
	}

	private static void differ(List<String> differences, String what, String saved, String typed) {
		if (!saved.equals(typed)) {
			differences.add(what + ": saved now " + saved + "; yours " + typed);
		}
	}

	private static String holidays(List<String> holidays) {
		String words = holidays.stream()
			.distinct()
			.sorted()
			.map(CalendarDifferences::holiday)
			.collect(Collectors.joining(", "));
		return words.isEmpty() ? NONE : words;
	}

	/** A yearly holiday ({@code --12-25}) reads "25 Dec every year". */
	private static String holiday(String text) {
		if (!text.startsWith("--")) {
			return text;
		}
		try {
			return DAY_OF_YEAR.format(MonthDay.parse(text)) + " every year";
		}
		catch (DateTimeException ex) {
			return text;
		}
	}

	private static String specialDays(Map<String, List<List<String>>> days) {
		String words = new TreeMap<>(days).entrySet()
			.stream()
			.map(e -> e.getKey() + " " + HoursInWords.intervals(e.getValue()))
			.collect(Collectors.joining(", "));
		return words.isEmpty() ? NONE : words;
	}

}
