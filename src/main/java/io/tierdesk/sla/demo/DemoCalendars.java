package io.tierdesk.sla.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.sla.Calendars;
import io.tierdesk.sla.Calendars.CalendarDraft;
import io.tierdesk.sla.calendar.BusinessCalendarRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo desk's business calendars, created as an admin would: Berlin office hours with
 * a lunch break, the German nationwide public holidays and half days on 24 and 31
 * December, and one around the clock. They come first (order 7), since the demo policies
 * (order 8) run on them and the demo tickets (order 10) start their clocks on those.
 * Seeds once: an existing calendar of that name stops it.
 */
@Component
@Order(7)
@ConditionalOnBooleanProperty("tierdesk.demo")
public class DemoCalendars implements ApplicationRunner {

	public static final String BERLIN_OFFICE = "Berlin office hours";

	public static final String AROUND_THE_CLOCK = "Around the clock";

	private static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

	/**
	 * Fixed nationwide holidays recur yearly; those that follow Easter (Good Friday,
	 * Easter Monday, Ascension Day, Whit Monday) are dates, since they move every year.
	 */
	private static final List<String> GERMAN_HOLIDAYS = List.of("--01-01", "--05-01", "--10-03", "--12-25", "--12-26",
			"2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25", "2027-03-26", "2027-03-29", "2027-05-06",
			"2027-05-17");

	private static final List<List<String>> MORNING = List.of(List.of("08:00", "12:00"));

	private final Calendars calendars;

	private final BusinessCalendarRepository saved;

	private final Directory directory;

	DemoCalendars(Calendars calendars, BusinessCalendarRepository saved, Directory directory) {
		this.calendars = calendars;
		this.saved = saved;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		var admin = directory.firstAdmin();
		if (admin.isPresent() && saved.findByNameIgnoreCase(BERLIN_OFFICE).isEmpty()) {
			seed(admin.get());
		}
	}

	private void seed(Caller admin) {
		Map<String, List<List<String>>> office = new HashMap<>();
		WEEKDAYS.forEach(day -> office.put(day, List.of(List.of("08:00", "12:00"), List.of("13:00", "17:00"))));
		Map<String, List<List<String>>> halfDays = Map.of("2026-12-24", MORNING, "2026-12-31", MORNING, "2027-12-24",
				MORNING, "2027-12-31", MORNING);
		calendars.create(new CalendarDraft(BERLIN_OFFICE, "Europe/Berlin", office, GERMAN_HOLIDAYS, halfDays), admin);
		Map<String, List<List<String>>> always = new HashMap<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			always.put(day, List.of(List.of("00:00", "24:00")));
		}
		calendars.create(new CalendarDraft(AROUND_THE_CLOCK, "UTC", always, List.of(), Map.of()), admin);
	}

}
