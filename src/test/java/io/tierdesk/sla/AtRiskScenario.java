package io.tierdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tierdesk.ApiClient;
import io.tierdesk.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * A desk with a history, made through the API for the at-risk tests: one organisation's
 * policy on Berlin office hours (P3 resolved within 480 business minutes), a team and a
 * category of their own, and five P3 tickets of that category resolved in that team after
 * 420 business minutes each (Monday 10:00–17:00 in Berlin). Then, at 17:00, two more come
 * in: the first is likely solved by Tuesday 16:00, before its due 17:00 (on track); the
 * second waits behind it at the team's pace of one resolution in about four working days
 * (at risk).
 */
record AtRiskScenario(String team, String category, long onTrack, long atRisk, String subject) {

	static final int RESOLVED = 5;

	static AtRiskScenario build(ApiClient admin, MutableClock clock, long organisation, String requesterEmail) {
		Instant monday = clock.instant()
			.plus(Duration.ofDays(7))
			.atZone(ZoneOffset.UTC)
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
			.withHour(9)
			.truncatedTo(ChronoUnit.HOURS)
			.toInstant();
		// 09:00 UTC is 10:00 in Berlin only in winter: in summer the history would take 6
		// business hours, not 7. The shared clock is wherever other tests left it.
		while (java.time.ZoneId.of("Europe/Berlin").getRules().getOffset(monday).getTotalSeconds() != 3600) {
			monday = monday.plus(Duration.ofDays(7));
		}
		clock.set(monday);
		firstInOrder(admin, SlaFixtures.policyForOrganisation(admin, organisation));
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String team = "Network " + suffix;
		long teamId = admin.post("/api/v1/teams", Map.of("name", team, "model", "TIERED", "tier", 2))
			.json()
			.get("id")
			.asLong();
		String category = "Network outage " + suffix;
		assertThat(admin.post("/api/v1/categories", Map.of("name", category)).status()).isEqualTo(201);
		String subject = "Risky " + suffix;

		List<Long> history = new ArrayList<>();
		for (int i = 0; i < RESOLVED; i++) {
			history.add(open(admin, requesterEmail, subject + " history " + i, category, teamId));
		}
		history.forEach(id -> clocksShow(admin, id));
		clock.advance(Duration.ofHours(7));
		history.forEach(id -> resolve(admin, id));

		long onTrack = open(admin, requesterEmail, subject + " first", category, teamId);
		clock.advance(Duration.ofMinutes(1));
		long atRisk = open(admin, requesterEmail, subject + " second", category, teamId);
		clocksShow(admin, onTrack);
		clocksShow(admin, atRisk);
		return new AtRiskScenario(team, category, onTrack, atRisk, subject);
	}

	private static long open(ApiClient admin, String requesterEmail, String subject, String category, long team) {
		var created = admin.post("/api/v1/tickets",
				Map.of("subject", subject, "description", "The link is down", "requesterEmail", requesterEmail,
						"impact", "HIGH", "urgency", "LOW", "category", category, "teamId", team));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.json().get("priority").asString()).isEqualTo("P3");
		return created.json().get("id").asLong();
	}

	/**
	 * Resolved as a client would: the hours the clock moved made the first response
	 * breach, and the SLA's note on it may land between reading the version and sending
	 * it (a 409), so it reads again and retries.
	 */
	private static void resolve(ApiClient admin, long id) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			long version = admin.get("/api/v1/tickets/" + id).json().get("version").asLong();
			var resolved = admin.patch("/api/v1/tickets/" + id,
					new HashMap<>(Map.of("version", version, "status", "RESOLVED", "reason", "Link restored")));
			assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
		});
	}

	private static void clocksShow(ApiClient admin, long id) {
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			JsonNode sla = admin.get("/api/v1/tickets/" + id).json().get("sla");
			return sla != null && !sla.isNull();
		});
	}

	private static void firstInOrder(ApiClient admin, long policy) {
		List<Long> ids = new ArrayList<>(List.of(policy));
		admin.get("/api/v1/sla/policies").json().forEach(p -> {
			if (p.get("id").asLong() != policy) {
				ids.add(p.get("id").asLong());
			}
		});
		assertThat(admin.put("/api/v1/sla/policies/order", Map.of("ids", ids)).status()).isEqualTo(200);
	}

	static Instant at(Instant monday, int minutes) {
		return monday.plus(Duration.ofMinutes(minutes));
	}

}
