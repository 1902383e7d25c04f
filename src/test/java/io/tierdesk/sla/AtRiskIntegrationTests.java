package io.tierdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The at-risk estimate on a desk with a history ({@link AtRiskScenario}): the ticket
 * page's service level says at risk or on track, when, and on what basis; the queue's Due
 * column says "At risk" in words; the public query lists the ticket for the managers'
 * page.
 */
class AtRiskIntegrationTests extends ApiTestSupport {

	@Autowired
	AtRisk risks;

	AtRiskScenario desk;

	PageSession agent;

	@BeforeEach
	void aDeskWithAHistory() {
		long organisation = newOrganisation(false);
		User requester = joined(newRequester(), organisation);
		desk = AtRiskScenario.build(admin(), clock, organisation, requester.email());
		agent = browserOf(newSignedUpUser("AGENT", "Alex Agent"));
	}

	@Test
	void theTicketBehindTheQueueIsAtRiskAndSaysWhy() {
		String part = serviceLevelOnceItSays(desk.atRisk(), "At risk");

		assertThat(part).contains("likely solved", "after its resolution due");
		assertThat(part).contains("1 ticket ahead in " + desk.team());
		assertThat(part).contains("similar P3 tickets in " + desk.category()
				+ " took a median 7 h over the last 30 days" + " (5 resolved)");
	}

	@Test
	void theTicketFirstInTheQueueIsOnTrack() {
		String part = serviceLevelOnceItSays(desk.onTrack(), "On track");

		assertThat(part).contains("before its resolution due", "none ahead in " + desk.team());
		assertThat(part).doesNotContain("At risk");
	}

	@Test
	void theQueueSaysAtRiskInWords() {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String html = agent
				.get("/desk?queue=open&sort=due,asc&q=" + URLEncoder.encode(desk.subject(), StandardCharsets.UTF_8))
				.html();
			assertThat(html).contains("⚠ At risk · in ");
			assertThat(html.split("At risk", -1)).as("one ticket at risk").hasSize(2);
		});
	}

	@Test
	void thePublicQueryListsItAndForgetsItOnceResolved() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> risks.atRisk().stream().anyMatch(r -> r.ticketId() == desk.atRisk()));
		RiskEstimate estimate = risks.estimateFor(desk.atRisk()).orElseThrow();
		assertThat(estimate.atRisk()).isTrue();
		assertThat(estimate.ticketsAhead()).isEqualTo(1);
		assertThat(estimate.medianMinutes()).isEqualTo(420);
		assertThat(estimate.likelySolvedAt()).isAfter(estimate.resolutionDueAt());
		assertThat(risks.estimateFor(desk.onTrack()).orElseThrow().atRisk()).isFalse();

		long version = admin().get("/api/v1/tickets/" + desk.atRisk()).json().get("version").asLong();
		admin().patch("/api/v1/tickets/" + desk.atRisk(),
				Map.of("version", version, "status", "RESOLVED", "reason", "Link restored"));

		await().atMost(Duration.ofSeconds(10)).until(() -> risks.estimateFor(desk.atRisk()).isEmpty());
		assertThat(risks.atRisk()).noneMatch(r -> r.ticketId() == desk.atRisk());
	}

	private String serviceLevelOnceItSays(long ticket, String words) {
		String[] html = new String[1];
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			html[0] = agent.get("/sla/tickets/" + ticket + "/clock").html().replaceAll("\\s+", " ");
			return html[0].contains(words);
		});
		return html[0];
	}

}
