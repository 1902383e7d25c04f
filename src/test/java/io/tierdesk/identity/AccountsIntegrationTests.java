package io.tierdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.tierdesk.ApiTestSupport;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 10, "accounts people can manage": a person changes their own password and sees
 * their sign-ins; an admin resets a password or gives a requester from a phone call
 * portal access (a generated password shown once); organisations keep a domain; the audit
 * log filters by person, kind and time; the refused sign-in says when a pause ends.
 */
class AccountsIntegrationTests extends ApiTestSupport {

	static final String PASSWORD = "a-long-enough-passphrase-42";

	static final String NEW_PASSWORD = "quite-another-passphrase-7";

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter securityFilters;

	MockMvc mvc;

	@BeforeEach
	void browser() {
		mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityFilters).build();
	}

	@Test
	void aPersonChangesTheirPasswordOnlyWithTheCurrentOneAndWithinThePolicy() {
		User agent = withPassword("AGENT");

		var wrongCurrent = agent.api()
			.post("/api/v1/me/password",
					Map.of("currentPassword", "not-my-password-at-all", "newPassword", NEW_PASSWORD));
		var tooShort = agent.api()
			.post("/api/v1/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "short"));
		var same = agent.api()
			.post("/api/v1/me/password", Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD));
		var changed = agent.api()
			.post("/api/v1/me/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(wrongCurrent.status()).isEqualTo(400);
		assertThat(wrongCurrent.text()).contains("currentPassword").contains("is not your current password");
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.text()).contains("newPassword").contains("12 to 64 characters");
		assertThat(same.status()).isEqualTo(400);
		assertThat(same.text()).contains("must differ from your current password");
		assertThat(changed.status()).isEqualTo(204);
		assertThat(new SignInSession(mvc).signsIn(agent.email(), PASSWORD)).isFalse();
		assertThat(new SignInSession(mvc).signsIn(agent.email(), NEW_PASSWORD)).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(admin().get("/api/v1/audit?action=PASSWORD_CHANGED&person=" + agent.email())
				.json()
				.get("total")
				.asInt()).isEqualTo(1));
	}

	@Test
	void theAccountPageShowsEachRefusalBesideItsFieldAndConfirmsAChange() throws Exception {
		User requester = withPassword("REQUESTER");
		SignInSession browser = new SignInSession(mvc);
		assertThat(browser.signsIn(requester.email(), PASSWORD)).isTrue();

		String wrong = page(browser.submitForm("/account", "/account/password", Map.of("currentPassword",
				"not-my-password-at-all", "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD)));
		String mismatch = page(browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "repeatPassword", "a-typo-in-it")));
		String policy = page(browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "short", "repeatPassword", "short")));
		MvcResult done = browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));

		assertThat(wrong).contains("id=\"current-password-error\" class=\"field-error\">is not your current password<")
			.doesNotContain(NEW_PASSWORD);
		assertThat(mismatch)
			.contains("id=\"repeat-password-error\" class=\"field-error\">does not match the new password<");
		assertThat(policy)
			.contains("id=\"new-password-error\" class=\"field-error\">must be 12 to 64 characters long<");
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(done.getFlashMap().get("notice")).asString().startsWith("Password changed.");
	}

	@Test
	void theAccountPageListsTheOwnSignInsAndFailuresWithTheirAddress() {
		User agent = withPassword("AGENT");
		new SignInSession(mvc).signIn(agent.email(), "a-wrong-guess-here");
		SignInSession browser = new SignInSession(mvc);
		assertThat(browser.signsIn(agent.email(), PASSWORD)).isTrue();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String account = page(browser.open("/account"));
			assertThat(account).contains("Recent sign-ins")
				.contains(">Signed in<")
				.contains(">Failed<")
				.contains("2001:db8::");
		});
	}

	@Test
	void anAdminGivesARequesterFromACallPortalAccessWithAPasswordShownOnce() {
		User caller = newRequester();
		User agent = newAgent();

		var issued = admin().post("/api/v1/users/" + caller.id() + "/password", Map.of());
		var refused = agent.api().post("/api/v1/users/" + caller.id() + "/password", Map.of());

		assertThat(issued.status()).isEqualTo(200);
		assertThat(issued.json().get("firstAccess").asBoolean()).isTrue();
		String password = issued.json().get("password").asString();
		assertThat(password).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(new SignInSession(mvc).signsIn(caller.email(), password)).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(admin().get("/api/v1/audit?action=PORTAL_ACCESS_GIVEN&person=" + caller.email())
						.json()
						.get("total")
						.asInt()).isEqualTo(1));
	}

	@Test
	void anAdminResetsAPasswordTheOldStopsAndThePauseIsLifted() {
		User agent = withPassword("AGENT");
		SignInSession stranger = new SignInSession(mvc);
		for (int i = 0; i < 5; i++) {
			stranger.signIn(agent.email(), "guess-" + i);
		}

		var issued = admin().post("/api/v1/users/" + agent.id() + "/password", Map.of());

		assertThat(issued.json().get("firstAccess").asBoolean()).isFalse();
		assertThat(new SignInSession(mvc).signsIn(agent.email(), PASSWORD)).isFalse();
		assertThat(new SignInSession(mvc).signsIn(agent.email(), issued.json().get("password").asString())).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(admin().get("/api/v1/audit?action=PASSWORD_RESET&person=" + agent.email())
				.json()
				.get("total")
				.asInt()).isEqualTo(1));
	}

	@Test
	void organisationsKeepAUniqueDomainAndCanBeChanged() {
		String domain = "org-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var created = admin().post("/api/v1/organisations", Map.of("name", "Org " + UUID.randomUUID(), "domain",
				"@" + domain.toUpperCase(), "sharesTickets", false));
		long id = created.json().get("id").asLong();

		var sameDomain = admin().post("/api/v1/organisations",
				Map.of("name", "Other " + UUID.randomUUID(), "domain", domain, "sharesTickets", false));
		var notADomain = admin().post("/api/v1/organisations",
				Map.of("name", "Other " + UUID.randomUUID(), "domain", "not a domain", "sharesTickets", false));
		String newName = "Renamed " + UUID.randomUUID();
		var changed = admin().put("/api/v1/organisations/" + id,
				Map.of("name", newName, "domain", "", "sharesTickets", true));
		var byAgent = newAgent().api()
			.put("/api/v1/organisations/" + id, Map.of("name", newName, "domain", "", "sharesTickets", false));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("domain").asString()).isEqualTo(domain);
		assertThat(sameDomain.status()).isEqualTo(409);
		assertThat(notADomain.status()).isEqualTo(400);
		assertThat(notADomain.text()).contains("must be a domain such as example.org");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("name").asString()).isEqualTo(newName);
		assertThat(changed.json().get("domain").isNull()).isTrue();
		assertThat(changed.json().get("sharesTickets").asBoolean()).isTrue();
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(admin().put("/api/v1/organisations/987654321", Map.of("name", "x", "sharesTickets", true)).status())
			.isEqualTo(404);
	}

	@Test
	void theOrganisationsPageShowsAWrongDomainBesideTheFieldAndConfirmsASave() throws Exception {
		User admin = withPassword("ADMIN");
		SignInSession browser = new SignInSession(mvc);
		assertThat(browser.signsIn(admin.email(), PASSWORD)).isTrue();
		String name = "Paged org " + UUID.randomUUID();

		String refused = page(browser.submitForm("/admin/organisations", "/admin/organisations",
				Map.of("name", name, "domain", "no spaces.example", "sharesTickets", "false")));
		MvcResult saved = browser.submitForm("/admin/organisations", "/admin/organisations",
				Map.of("name", name, "domain", "", "sharesTickets", "true"));

		assertThat(refused)
			.contains(
					"id=\"new-organisation-domain-error\" class=\"field-error\">must be a domain such as example.org<")
			.contains("value=\"" + name + "\"");
		assertThat(saved.getFlashMap().get("notice")).isEqualTo("Organisation " + name + " created.");
	}

	@Test
	void theAuditLogFiltersByPersonKindAndTimeAPageAtATime() {
		// Created (by the admin), a token minted for them, three failures, one sign-in.
		User agent = withPassword("AGENT");
		for (int i = 0; i < 3; i++) {
			new SignInSession(mvc).signIn(agent.email(), "guess-" + i);
		}
		assertThat(new SignInSession(mvc).signsIn(agent.email(), PASSWORD)).isTrue();
		String person = "/api/v1/audit?person=" + agent.email();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(admin().get(person).json().get("total").asInt()).isEqualTo(6));
		assertThat(admin().get(person + "&action=SIGN_IN_FAILED").json().get("total").asInt()).isEqualTo(3);
		assertThat(admin().get(person + "&action=SIGN_IN_FAILED&size=2&page=1").json().get("items").size())
			.isEqualTo(1);
		String now = clock.instant().toString();
		String hourAgo = clock.instant().minus(Duration.ofHours(1)).toString();
		assertThat(admin().get(person + "&to=" + hourAgo).json().get("total").asInt()).isZero();
		assertThat(admin().get(person + "&from=" + hourAgo + "&to=" + clock.instant().plusSeconds(1))
			.json()
			.get("total")
			.asInt()).isEqualTo(6);
		assertThat(admin().get(person + "&from=" + now + "&to=" + hourAgo).status()).isEqualTo(400);
		assertThat(admin().get("/api/v1/audit?action=NOT_A_KIND").status()).isEqualTo(400);
	}

	@Test
	void theAuditScreenIsForAdminsAndSecurityAnalystsWithKindsInWords() {
		User analyst = withPassword("SECURITY_ANALYST");
		User agent = withPassword("AGENT");
		SignInSession analysts = new SignInSession(mvc);
		SignInSession agents = new SignInSession(mvc);
		assertThat(analysts.signsIn(analyst.email(), PASSWORD)).isTrue();
		assertThat(agents.signsIn(agent.email(), PASSWORD)).isTrue();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String screen = page(analysts.open("/audit?person=" + agent.email() + "&kind=SIGN_IN"));
			assertThat(screen).contains("1 entry").contains(">Signed in<").contains(agent.email());
		});
		assertThat(agents.open("/audit").getResponse().getStatus()).isEqualTo(403);
		assertThat(page(analysts.open("/audit?kind=NOT_A_KIND"))).contains("class=\"alert\"");
	}

	@Test
	void everyRefusedSignInSaysTheSameLatestTimeAPauseEnds() {
		User paused = withPassword("AGENT");
		for (int i = 0; i < 5; i++) {
			new SignInSession(mvc).signIn(paused.email(), "guess-" + i);
		}
		// The longest pause (5 minutes) from now, rounded up to a whole minute.
		var latest = clock.instant()
			.plus(Duration.ofMinutes(5))
			.minusNanos(1)
			.truncatedTo(ChronoUnit.MINUTES)
			.plus(1, ChronoUnit.MINUTES);
		// In the desk's default zone: nobody is signed in and this browser sent no zone.
		String endsBy = DateTimeFormatter.ofPattern("HH:mm").format(latest.atZone(ZoneId.of("UTC"))) + " UTC";

		String toPaused = refusal(paused.email(), PASSWORD);
		String toNobody = refusal("nobody-" + UUID.randomUUID() + "@example.org", PASSWORD);

		assertThat(toPaused).isEqualTo(toNobody).contains("A pause ends by " + endsBy + " at the latest");
	}

	private String refusal(String email, String password) {
		SignInSession browser = new SignInSession(mvc);
		assertThat(browser.signIn(email, password).getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
		String page = page(browser.open("/sign-in?error="));
		return page.substring(page.indexOf("role=\"alert\""), page.indexOf("</p>", page.indexOf("role=\"alert\"")));
	}

	private static String page(MvcResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A user who signs in with {@link #PASSWORD} and has an API token. */
	private User withPassword(String role) {
		String email = "accounts-" + UUID.randomUUID() + "@example.org";
		var created = admin().post("/api/v1/users", Map.of("email", email, "name",
				"Accounts " + io.tierdesk.platform.Words.of(role), "role", role, "password", PASSWORD));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		long id = created.json().get("id").asLong();
		String token = admin().post("/api/v1/users/" + id + "/tokens", Map.of("name", "test"))
			.json()
			.get("token")
			.asString();
		return new User(id, email, new io.tierdesk.ApiClient(port, token));
	}

}
