package io.tierdesk.sla.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tierdesk.ApiClient;

/**
 * Policies for the timer tests, made through the API: a 24×7 UTC calendar, the same
 * targets for every priority (so a raised priority does not move a due time), and the
 * actions at the warning and at the breach.
 */
public final class SlaPolicyFixtures {

	private SlaPolicyFixtures() {
	}

	/**
	 * A policy for the tickets of one organisation, tried first; its id. Tickets of other
	 * organisations never run on it.
	 */
	public static long policy(ApiClient admin, long organisation, int firstResponseMinutes, int resolutionMinutes,
			Map<String, Object> actions) {
		Map<String, Object> targets = new LinkedHashMap<>();
		for (String priority : List.of("P1", "P2", "P3", "P4")) {
			targets.put(priority,
					Map.of("firstResponseMinutes", firstResponseMinutes, "resolutionMinutes", resolutionMinutes));
		}
		var created = admin.post("/api/v1/sla/policies",
				Map.of("name", "Timer test " + UUID.randomUUID(), "calendarId", aroundTheClock(admin), "targets",
						targets, "conditions", Map.of("organisationIds", List.of(organisation))));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		long policy = created.json().get("id").asLong();
		firstInOrder(admin, policy);
		var put = admin.put("/api/v1/sla/policies/" + policy + "/actions", actions);
		assertThat(put.status()).as("%s", put).isEqualTo(200);
		return policy;
	}

	public static Map<String, Object> actions(List<String> warning, List<String> breach) {
		return Map.of("warning", warning.stream().map(a -> Map.of("action", a)).toList(), "breach",
				breach.stream().map(a -> Map.of("action", a)).toList());
	}

	public static long organisation(ApiClient admin) {
		var created = admin.post("/api/v1/organisations",
				Map.of("name", "Timer organisation " + UUID.randomUUID(), "sharesTickets", false));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static long aroundTheClock(ApiClient admin) {
		Map<String, Object> hours = new LinkedHashMap<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.put(day, List.of(List.of("00:00", "24:00")));
		}
		var created = admin.post("/api/v1/sla/calendars",
				Map.of("name", "Around the clock " + UUID.randomUUID(), "timeZone", "UTC", "hours", hours));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static void firstInOrder(ApiClient admin, long policy) {
		List<Long> ids = new ArrayList<>(List.of(policy));
		admin.get("/api/v1/sla/policies").json().forEach(p -> {
			if (p.get("id").asLong() != policy) {
				ids.add(p.get("id").asLong());
			}
		});
		var ordered = admin.put("/api/v1/sla/policies/order", Map.of("ids", ids));
		assertThat(ordered.status()).as("%s", ordered).isEqualTo(200);
	}

}
