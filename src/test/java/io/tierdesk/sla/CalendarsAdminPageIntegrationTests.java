package io.tierdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import io.tierdesk.PageSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The business calendar admin pages (issue 11) through the pages as a browser posts them:
 * rows of intervals and dates, 24×7, every bad input beside its row with what was typed
 * kept, a concurrent change shown as what differs, delete refused while a policy runs on
 * the calendar, and the "try it" box answering as the API does.
 */
class CalendarsAdminPageIntegrationTests extends ApiTestSupport {

	private PageSession browser;

	@BeforeEach
	void anAdminSignedIn() {
		browser = browserOf(newSignedUpUser("ADMIN", "Cara Calendar"));
		browser.get("/admin/sla/calendars/new");
	}

	@Test
	void createsACalendarWithALunchBreakAHolidayAndAHalfDayAndListsItInWords() {
		String name = unique("Berlin office");
		Form form = office(name);
		form.date("2026-12-25", "yearly", "", "").date("2026-04-03", "closed", "", "");
		form.date("2026-12-24", "hours", "08:00", "12:00");

		Page saved = browser.post("/admin/sla/calendars/new", form.fields);

		assertThat(saved.location()).as(saved.html()).endsWith("/admin/sla/calendars");
		JsonNode calendar = calendarNamed(name);
		assertThat(calendar.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(calendar.get("hours").get("MONDAY").toString())
			.isEqualTo("[[\"08:00\",\"12:00\"],[\"13:00\",\"17:00\"]]");
		assertThat(calendar.get("hours").has("SATURDAY")).isFalse();
		assertThat(calendar.get("holidays").toString()).isEqualTo("[\"2026-04-03\",\"--12-25\"]");
		assertThat(calendar.get("specialDays").get("2026-12-24").toString()).isEqualTo("[[\"08:00\",\"12:00\"]]");
		String list = browser.get("/admin/sla/calendars").html();
		assertThat(list).contains(name, "Mon–Fri 08:00–12:00, 13:00–17:00", "2 + 1 day with special hours");
		String edit = browser.get("/admin/sla/calendars/" + calendar.get("id").asLong()).html();
		assertThat(edit).contains("value=\"13:00\"", "value=\"2026-12-24\"", "value=\"yearly\" selected");
	}

	@Test
	void everyBadInputIsShownBesideItsRowWithWhatWasTyped() {
		Form form = new Form(unique("Bad"), "Mars/Olympus_Mons");
		form.interval("TUESDAY", "09:00", "12:00").interval("TUESDAY", "11:00", "13:00");
		form.interval("WEDNESDAY", "17:00", "09:00").interval("THURSDAY", "09:00", "");
		form.date("2026-02-30", "closed", "", "").date("2026-05-01", "closed", "09:00", "");

		Page page = browser.post("/admin/sla/calendars/new", form.fields);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("unknown time zone Mars/Olympus_Mons", "value=\"Mars/Olympus_Mons\"")
			.contains("intervals 09:00–12:00 and 11:00–13:00 overlap")
			.contains("17:00–09:00 does not end after it starts")
			.contains("give both a start and an end")
			.contains("2026-02-30 is not a date")
			.contains("a closed day has no hours")
			.contains("value=\"17:00\"", "value=\"2026-02-30\"");
		assertThat(admin().get("/api/v1/sla/calendars").json().get("items").toString()).doesNotContain(form.name);
	}

	@Test
	void aCalendarWithoutWorkingTimeIsRefused() {
		Page page = browser.post("/admin/sla/calendars/new", new Form(unique("Never"), "UTC").fields);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("the calendar has no working time");
	}

	@Test
	void aroundTheClockIsOneChoice() {
		String name = unique("Always");
		Form form = new Form(name, "UTC");
		form.fields.add(Map.entry("allWeek", "true"));

		assertThat(browser.post("/admin/sla/calendars/new", form.fields).location()).endsWith("/admin/sla/calendars");

		JsonNode calendar = calendarNamed(name);
		assertThat(calendar.get("weeklyMinutes").asLong()).isEqualTo(7 * 24 * 60);
		assertThat(browser.get("/admin/sla/calendars").html()).contains("24×7");
		assertThat(browser.get("/admin/sla/calendars/" + calendar.get("id").asLong()).html())
			.contains("name=\"allWeek\" value=\"true\" checked");
	}

	@Test
	void aConcurrentChangeKeepsWhatWasTypedAndSaysWhatDiffers() {
		String name = unique("Shared");
		browser.post("/admin/sla/calendars/new", office(name).fields);
		long id = calendarNamed(name).get("id").asLong();
		browser.get("/admin/sla/calendars/" + id);
		Map<String, Object> theirs = new java.util.HashMap<>(Map.of("version", 0, "name", name, "timeZone",
				"Europe/London", "hours", Map.of("MONDAY", List.of(List.of("09:00", "17:00")))));
		assertThat(admin().put("/api/v1/sla/calendars/" + id, theirs).status()).isEqualTo(200);

		Form mine = office(name + " renamed");
		mine.fields.add(Map.entry("version", "0"));
		Page stale = browser.post("/admin/sla/calendars/" + id, mine.fields);

		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.html()).contains("was changed by someone else")
			.contains("Time zone: saved now Europe/London; yours Europe/Berlin")
			.contains("Tue: saved now closed; yours 08:00–12:00, 13:00–17:00")
			.contains("value=\"" + name + " renamed\"")
			.contains("name=\"version\" value=\"1\"");
		mine.fields.removeIf(e -> e.getKey().equals("version"));
		mine.fields.add(Map.entry("version", "1"));
		assertThat(browser.post("/admin/sla/calendars/" + id, mine.fields).location()).endsWith("/admin/sla/calendars");
		assertThat(admin().get("/api/v1/sla/calendars/" + id).json().get("timeZone").asString())
			.isEqualTo("Europe/Berlin");
	}

	@Test
	void deleteIsRefusedInWordsWhileAPolicyRunsOnTheCalendar() {
		long calendar = SlaFixtures.berlinOfficeHours(admin());
		String policy = unique("Runs on it");
		var body = new java.util.HashMap<>(SlaFixtures.policy(policy, calendar));
		body.put("conditions", Map.of("organisationIds", List.of(newOrganisation(false))));
		long policyId = admin().post("/api/v1/sla/policies", body).json().get("id").asLong();
		browser.get("/admin/sla/calendars");

		Page refused = browser.post("/admin/sla/calendars/" + calendar + "/delete", Map.of());

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("role=\"alert\"").contains("is used by policy " + policy);
		assertThat(browser.get("/admin/sla/calendars").html()).contains("policy " + policy);
		assertThat(admin().delete("/api/v1/sla/calendars/" + calendar).status()).as("the API refuses too")
			.isEqualTo(409);
		assertThat(admin().delete("/api/v1/sla/policies/" + policyId).status()).isEqualTo(204);
		assertThat(browser.post("/admin/sla/calendars/" + calendar + "/delete", Map.of()).location())
			.endsWith("/admin/sla/calendars");
		assertThat(admin().get("/api/v1/sla/calendars/" + calendar).status()).isEqualTo(404);
	}

	@Test
	void tryItAnswersAsTheApiInTheCalendarsZoneAndTheViewers() {
		String name = unique("Try");
		browser.post("/admin/sla/calendars/new", office(name).fields);
		long id = calendarNamed(name).get("id").asLong();
		browser.withCookie("tz", "America/New_York");

		// Friday 16:30 in Berlin (15:30Z) plus two business hours: Monday 09:30 in
		// Berlin.
		String page = browser.get("/admin/sla/calendars/" + id + "?start=2026-03-06T16:30&minutes=120").html();

		assertThat(page).contains("Mon 9 Mar 2026, 09:30 CET (Europe/Berlin)")
			.contains("datetime=\"2026-03-09T08:30:00Z\"")
			.contains("Mon 9 Mar 2026, 04:30");
		assertThat(browser.get("/admin/sla/calendars/" + id + "?start=2026-03-06T16:30&minutes=-5").html())
			.contains("must not be negative");
		assertThat(browser.get("/admin/sla/calendars/" + id + "?start=soon&minutes=5").html())
			.contains("is not a date and time");
	}

	@Test
	void thePolicyPagesLinkToTheCalendars() {
		assertThat(browser.get("/admin/sla/policies/new").html()).contains("href=\"/admin/sla/calendars\"");
		assertThat(browser.get("/admin/sla/policies").html()).contains("href=\"/admin/sla/calendars\"");
	}

	private JsonNode calendarNamed(String name) {
		for (JsonNode calendar : admin().get("/api/v1/sla/calendars").json().get("items")) {
			if (calendar.get("name").asString().equals(name)) {
				return calendar;
			}
		}
		throw new AssertionError("no calendar named " + name);
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Monday to Friday 08:00–12:00 and 13:00–17:00 in Europe/Berlin. */
	private static Form office(String name) {
		Form form = new Form(name, "Europe/Berlin");
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			form.interval(day, "08:00", "12:00").interval(day, "13:00", "17:00");
		}
		return form;
	}

	/** The calendar form's fields in page order, rows repeating. */
	private static final class Form {

		final String name;

		final List<Map.Entry<String, String>> fields = new ArrayList<>();

		Form(String name, String zone) {
			this.name = name;
			fields.add(Map.entry("name", name));
			fields.add(Map.entry("timeZone", zone));
		}

		Form interval(String day, String start, String end) {
			fields.add(Map.entry("day", day));
			fields.add(Map.entry("start", start));
			fields.add(Map.entry("end", end));
			return this;
		}

		Form date(String on, String kind, String start, String end) {
			fields.add(Map.entry("dateOn", on));
			fields.add(Map.entry("dateKind", kind));
			fields.add(Map.entry("dateStart", start));
			fields.add(Map.entry("dateEnd", end));
			return this;
		}

	}

}
