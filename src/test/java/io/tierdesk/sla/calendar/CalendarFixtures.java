package io.tierdesk.sla.calendar;

import java.util.List;
import java.util.Map;

/**
 * Calendars the rule tests share, built through the same check the API uses. Each is
 * named in the table of cases ({@code calendar-cases.csv}).
 */
final class CalendarFixtures {

	private static final List<List<String>> OFFICE_WITH_LUNCH = List.of(List.of("08:00", "12:00"),
			List.of("13:00", "17:00"));

	private static final List<List<String>> WHOLE_DAY = List.of(List.of("00:00", "24:00"));

	private CalendarFixtures() {
	}

	static CalendarRules named(String name) {
		return switch (name) {
			case "berlin-office" -> anOfficeHoursCalendar();
			case "berlin-24x7" -> aroundTheClock("Europe/Berlin");
			case "berlin-night" -> CalendarRulesCheck.check("Europe/Berlin",
					everyDay(List.of(List.of("01:00", "04:00"))), List.of(), Map.of());
			case "newyork-office" -> CalendarRulesCheck.check("America/New_York",
					weekdays(List.of(List.of("09:00", "17:00"))), List.of("2026-11-26", "--07-04"), Map.of());
			case "kolkata-office" -> CalendarRulesCheck.check("Asia/Kolkata",
					Map.of("MONDAY", List.of(List.of("09:30", "18:30")), "TUESDAY", List.of(List.of("09:30", "18:30")),
							"WEDNESDAY", List.of(List.of("09:30", "18:30")), "THURSDAY",
							List.of(List.of("09:30", "18:30")), "FRIDAY", List.of(List.of("09:30", "18:30")),
							"SATURDAY", List.of(List.of("09:30", "13:30"))),
					List.of("--01-26", "--08-15", "2026-10-20"), Map.of());
			case "sydney-24x7" -> aroundTheClock("Australia/Sydney");
			case "utc-24x7" -> aroundTheClock("UTC");
			default -> throw new IllegalArgumentException("no calendar fixture " + name);
		};
	}

	/**
	 * Europe/Berlin, Monday to Friday 08:00–12:00 and 13:00–17:00; Good Friday and Easter
	 * Monday 2026 as dates, New Year, Labour Day, Unity Day and Christmas yearly; 24 and
	 * 31 December 2026 half days 08:00–12:00.
	 */
	static CalendarRules anOfficeHoursCalendar() {
		return CalendarRulesCheck.check("Europe/Berlin", weekdays(OFFICE_WITH_LUNCH),
				List.of("2026-04-03", "2026-04-06", "--01-01", "--05-01", "--10-03", "--12-25", "--12-26"),
				Map.of("2026-12-24", List.of(List.of("08:00", "12:00")), "2026-12-31",
						List.of(List.of("08:00", "12:00"))));
	}

	static CalendarRules aroundTheClock(String zone) {
		return CalendarRulesCheck.check(zone, everyDay(WHOLE_DAY), List.of(), Map.of());
	}

	static Map<String, List<List<String>>> weekdays(List<List<String>> hours) {
		return Map.of("MONDAY", hours, "TUESDAY", hours, "WEDNESDAY", hours, "THURSDAY", hours, "FRIDAY", hours);
	}

	static Map<String, List<List<String>>> everyDay(List<List<String>> hours) {
		Map<String, List<List<String>>> week = new java.util.HashMap<>(weekdays(hours));
		week.put("SATURDAY", hours);
		week.put("SUNDAY", hours);
		return week;
	}

}
