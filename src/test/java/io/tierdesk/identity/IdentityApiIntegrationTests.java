package io.tierdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;

class IdentityApiIntegrationTests extends ApiTestSupport {

	@Test
	void meShowsTheCaller() {
		User agent = newAgent();

		var me = agent.api().get("/api/v1/me").json();

		assertThat(me.get("email").asString()).isEqualTo(agent.email());
		assertThat(me.get("role").asString()).isEqualTo("AGENT");
	}

	@Test
	void noOrBadTokenIs401ProblemJson() {
		var response = anonymous().get("/api/v1/me");
		var bad = anonymous().as("td_not-a-real-token").get("/api/v1/me");

		assertThat(response.status()).isEqualTo(401);
		assertThat(bad.status()).isEqualTo(401);
		assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void revokedTokenStopsWorkingAtOnce() {
		User agent = newAgent();
		long tokenId = admin().get("/api/v1/users/" + agent.id() + "/tokens").json().get(0).get("id").asLong();

		var revoked = admin().delete("/api/v1/tokens/" + tokenId);

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(agent.api().get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void expiredTokenIsRefused() {
		User agent = newAgent();
		var minted = admin().post("/api/v1/users/" + agent.id() + "/tokens",
				Map.of("name", "short-lived", "expiresAt", clock.instant().plus(Duration.ofHours(1)).toString()));
		var client = agent.api().as(minted.json().get("token").asString());
		assertThat(client.get("/api/v1/me").status()).isEqualTo(200);

		clock.advance(Duration.ofHours(2));
		try {
			assertThat(client.get("/api/v1/me").status()).isEqualTo(401);
		}
		finally {
			clock.set(clock.instant().minus(Duration.ofHours(2)));
		}
	}

	@Test
	void tokensAreStoredOnlyAsDigestAndListedWithoutSecrets() {
		User agent = newAgent();

		var listed = admin().get("/api/v1/users/" + agent.id() + "/tokens").text();

		assertThat(listed).doesNotContain("td_").contains("\"name\":\"test\"");
	}

	@Test
	void onlyAdminsCreateUsers() {
		var response = newAgent().api()
			.post("/api/v1/users", Map.of("email", "x@example.org", "name", "X", "role", "ADMIN"));

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void duplicateEmailIs409() {
		User agent = newAgent();

		var response = admin().post("/api/v1/users",
				Map.of("email", agent.email().toUpperCase(java.util.Locale.ROOT), "name", "Copy", "role", "AGENT"));

		assertThat(response.status()).isEqualTo(409);
	}

	@Test
	void weakPasswordIsRefusedWithTheRule() {
		var response = admin().post("/api/v1/users",
				Map.of("email", "weak@example.org", "name", "Weak", "role", "AGENT", "password", "secret"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
	}

	@Test
	void roleChangesAndTokenMintsAreAudited() {
		User agent = newAgent();

		admin().patch("/api/v1/users/" + agent.id(), Map.of("role", "MANAGER"));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String audit = admin().get("/api/v1/audit?size=200").text();
			assertThat(audit).contains("ROLE_CHANGED").contains("AGENT → MANAGER").contains(agent.email());
			assertThat(audit).contains("TOKEN_MINTED");
		});
	}

	@Test
	void auditLogIsForAdminsAndSecurityAnalystsOnly() {
		assertThat(newAgent().api().get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(newUser("SECURITY_ANALYST").api().get("/api/v1/audit").status()).isEqualTo(200);
	}

	@Test
	void tieredTeamWithoutATierStartsAtTierOneAndSwarmHasNone() {
		var tiered = admin().post("/api/v1/teams", Map.of("name", "Tierless " + System.nanoTime(), "model", "TIERED"));
		var fifth = admin().post("/api/v1/teams",
				Map.of("name", "Fifth " + System.nanoTime(), "model", "TIERED", "tier", 5));
		var swarm = admin().post("/api/v1/teams", Map.of("name", "Swarm " + System.nanoTime(), "model", "SWARM"));

		assertThat(tiered.status()).isEqualTo(201);
		assertThat(tiered.json().get("tier").asInt()).isEqualTo(1);
		assertThat(fifth.status()).isEqualTo(400);
		assertThat(swarm.status()).isEqualTo(201);
		assertThat(swarm.json().get("tier").isNull()).isTrue();
	}

	@Test
	void requestersCannotJoinTeams() {
		long team = admin()
			.post("/api/v1/teams", Map.of("name", "L2 " + System.nanoTime(), "model", "TIERED", "tier", 2))
			.json()
			.get("id")
			.asLong();

		var agentJoins = admin().put("/api/v1/teams/" + team + "/members/" + newAgent().id(), Map.of());
		var requesterJoins = admin().put("/api/v1/teams/" + team + "/members/" + newRequester().id(), Map.of());

		assertThat(agentJoins.status()).isEqualTo(200);
		assertThat(agentJoins.json().get("members")).hasSize(1);
		assertThat(requesterJoins.status()).isEqualTo(400);
	}

	@Test
	void bannerAcceptanceIsRecordedPerVersion() {
		admin().put("/api/v1/banner",
				Map.of("text", "Authorised use only " + System.nanoTime(), "acceptanceRequired", true));
		User agent = newAgent();
		int version = anonymous().get("/api/v1/banner").json().get("version").asInt();
		assertThat(agent.api().get("/api/v1/me").json().get("mustAcceptBanner").asBoolean()).isTrue();

		var accepted = agent.api().post("/api/v1/me/banner-acceptances", Map.of("version", version));

		assertThat(accepted.status()).isEqualTo(200);
		assertThat(agent.api().get("/api/v1/me").json().get("mustAcceptBanner").asBoolean()).isFalse();
		assertThat(agent.api().get("/api/v1/me/banner-acceptances").json().get(0).get("version").asInt())
			.isEqualTo(version);
		var stale = agent.api().post("/api/v1/me/banner-acceptances", Map.of("version", version - 1));
		assertThat(stale.status()).isEqualTo(409);
		admin().put("/api/v1/banner", Map.of("text", "Authorised use only", "acceptanceRequired", false));
	}

	@Test
	void organisationThatSharesTicketsLetsColleaguesSeeThem() {
		long shared = admin()
			.post("/api/v1/organisations", Map.of("name", "Shared " + System.nanoTime(), "sharesTickets", true))
			.json()
			.get("id")
			.asLong();
		long privateOrg = admin()
			.post("/api/v1/organisations", Map.of("name", "Private " + System.nanoTime(), "sharesTickets", false))
			.json()
			.get("id")
			.asLong();
		User alice = requesterIn(shared);
		User bob = requesterIn(shared);
		User carol = requesterIn(privateOrg);
		User dave = requesterIn(privateOrg);
		long aliceTicket = openTicket(alice, "Team printer").get("id").asLong();
		long carolTicket = openTicket(carol, "My laptop").get("id").asLong();

		assertThat(bob.api().get("/api/v1/tickets/" + aliceTicket).status()).isEqualTo(200);
		assertThat(bob.api().get("/api/v1/tickets").json().get("total").asLong()).isEqualTo(1);
		assertThat(dave.api().get("/api/v1/tickets/" + carolTicket).status()).isEqualTo(404);
	}

	private User requesterIn(long organisation) {
		User user = newRequester();
		admin().patch("/api/v1/users/" + user.id(), Map.of("organisationId", organisation));
		return user;
	}

}
