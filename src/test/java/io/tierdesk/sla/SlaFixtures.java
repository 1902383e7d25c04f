package io.tierdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tierdesk.ApiClient;

/** Calendars and policies for the SLA tests, made through the API as an admin would. */
public final class SlaFixtures {

	private SlaFixtures() {
	}

	/** Office hours Monday to Friday 09:00–17:00 in Europe/Berlin. */
	public static long berlinOfficeHours(ApiClient admin) {
		List<List<String>> day = List.of(List.of("09:00", "17:00"));
		var created = admin.post("/api/v1/sla/calendars",
				Map.of("name", "Berlin office " + UUID.randomUUID(), "timeZone", "Europe/Berlin", "hours",
						Map.of("MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day, "FRIDAY", day)));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** A policy body with P1 and P3 targets on that calendar. */
	public static Map<String, Object> policy(String name, long calendar) {
		return Map.of("name", name, "calendarId", calendar, "targets",
				Map.of("P1", Map.of("firstResponseMinutes", 30, "resolutionMinutes", 240), "P3",
						Map.of("firstResponseMinutes", 60, "resolutionMinutes", 480)));
	}

	/**
	 * A policy with {@link #policy}'s targets for one organisation's tickets only, so
	 * that it decides no other test's tickets.
	 */
	public static long policyForOrganisation(ApiClient admin, long organisation) {
		var body = new java.util.HashMap<>(policy("For organisation " + organisation, berlinOfficeHours(admin)));
		body.put("conditions", Map.of("organisationIds", List.of(organisation)));
		var created = admin.post("/api/v1/sla/policies", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/**
	 * The policy body, limited to the tickets of a new organisation that has none: the
	 * tests share one database, and a policy without conditions would start the clocks
	 * (and the timers) of every other test's tickets.
	 */
	public static Map<String, Object> confined(ApiClient admin, Map<String, Object> body) {
		var created = admin.post("/api/v1/organisations",
				Map.of("name", "Policy's own " + UUID.randomUUID(), "sharesTickets", false));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		var confined = new java.util.HashMap<>(body);
		confined.put("conditions", Map.of("organisationIds", List.of(created.json().get("id").asLong())));
		return confined;
	}

}
