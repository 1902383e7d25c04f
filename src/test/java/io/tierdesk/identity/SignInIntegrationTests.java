package io.tierdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Password sign-in through the real filter chain: throttling instead of lockout, the
 * admin's unlock, the audit trail, and one answer for every kind of refusal.
 */
class SignInIntegrationTests extends ApiTestSupport {

	static final String PASSWORD = "a-long-enough-passphrase-42";

	static final String REFUSED = "Email or password is wrong, or sign-in is paused for this account after "
			+ "failed attempts. A pause ends by ";

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
	void strangersFailuresPauseTheOwnerOnlyUntilThePauseEnds() {
		User owner = personWithPassword("ADMIN");
		guessWrong(owner, 5);
		SignInSession ownersBrowser = new SignInSession(mvc);

		assertThat(ownersBrowser.signsIn(owner.email(), PASSWORD)).isFalse();
		clock.advance(Duration.ofSeconds(1));

		assertThat(ownersBrowser.signsIn(owner.email(), PASSWORD)).isTrue();
	}

	@Test
	void aStrangerGuessingForHoursKeepsTheOwnerOutAtMostTheLongestPause() {
		User owner = personWithPassword("AGENT");
		SignInSession stranger = new SignInSession(mvc);
		for (int guess = 0; guess < 20; guess++) {
			stranger.signIn(owner.email(), "guess-" + guess);
			clock.advance(Duration.ofMinutes(5));
		}
		stranger.signIn(owner.email(), "one-more-guess");
		SignInSession ownersBrowser = new SignInSession(mvc);

		assertThat(ownersBrowser.signsIn(owner.email(), PASSWORD)).isFalse();
		clock.advance(Duration.ofMinutes(5));

		assertThat(ownersBrowser.signsIn(owner.email(), PASSWORD)).isTrue();
	}

	@Test
	void oneSourceFailingAcrossAccountsIsPausedWhileOthersSignIn() {
		User owner = personWithPassword("AGENT");
		SignInSession sprayer = new SignInSession(mvc);
		for (int i = 0; i < 20; i++) {
			sprayer.signIn(unknownEmail(), "Winter2026!");
		}

		assertThat(sprayer.signsIn(owner.email(), PASSWORD)).isFalse();
		assertThat(new SignInSession(mvc).signsIn(owner.email(), PASSWORD)).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(sprayer.signsIn(owner.email(), PASSWORD)).isTrue();
	}

	@Test
	void adminUnlocksAPausedAccountAtOnce() {
		User owner = personWithPassword("AGENT");
		guessWrong(owner, 5);

		var unlocked = admin().post("/api/v1/users/" + owner.id() + "/unlock", Map.of());

		assertThat(unlocked.status()).isEqualTo(204);
		assertThat(new SignInSession(mvc).signsIn(owner.email(), PASSWORD)).isTrue();
	}

	@Test
	void onlyAnAdminUnlocksAndOnlyExistingUsers() {
		User agent = newAgent();

		var byAgent = agent.api().post("/api/v1/users/" + agent.id() + "/unlock", Map.of());
		var unknown = admin().post("/api/v1/users/999999999/unlock", Map.of());

		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(byAgent.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void pausesAndUnlocksAreAudited() {
		User owner = personWithPassword("AGENT");
		guessWrong(owner, 5);

		admin().post("/api/v1/users/" + owner.id() + "/unlock", Map.of());

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(admin().get("/api/v1/audit?action=SIGN_IN_PAUSED&size=200").text()).contains(owner.email())
				.contains("after 5 failed sign-ins in a row");
			assertThat(admin().get("/api/v1/audit?action=SIGN_IN_UNLOCKED&size=200").text()).contains(owner.email());
		});
	}

	@Test
	void everyKindOfAccountGetsTheSameAnswerInAboutTheSameTime() {
		User paused = personWithPassword("AGENT");
		guessWrong(paused, 5);
		Map<String, String[]> kinds = new LinkedHashMap<>();
		kinds.put("existing", new String[] { personWithPassword("AGENT").email(), "not-the-password-at-all" });
		kinds.put("paused", new String[] { paused.email(), PASSWORD });
		kinds.put("without password", new String[] { newAgent().email(), "not-the-password-at-all" });
		kinds.put("unknown", new String[] { unknownEmail(), "not-the-password-at-all" });
		Map<String, Answers> answers = new LinkedHashMap<>();
		kinds.keySet().forEach(kind -> answers.put(kind, new Answers(new SignInSession(mvc))));

		for (int round = 0; round < 5; round++) {
			kinds.forEach((kind, credentials) -> answers.get(kind).attempt(credentials[0], credentials[1]));
		}

		answers.forEach((kind, answer) -> {
			assertThat(answer.redirects).as(kind).containsOnly("/sign-in?error");
			assertThat(answer.page()).as(kind).contains(REFUSED).doesNotContain("locked");
		});
		long slowest = answers.values().stream().mapToLong(Answers::medianMillis).max().orElseThrow();
		answers.forEach((kind, answer) -> assertThat(answer.medianMillis()).as("%s of %s ms", kind, slowest)
			.isGreaterThanOrEqualTo(slowest * 4 / 10));
	}

	@Test
	void demotedAdminsOpenSessionIsJudgedByTheNewRole() {
		User admin = personWithPassword("ADMIN");
		SignInSession session = new SignInSession(mvc);
		assertThat(session.signsIn(admin.email(), PASSWORD)).isTrue();
		assertThat(session.open("/admin/users").getResponse().getStatus()).isEqualTo(200);

		admin().patch("/api/v1/users/" + admin.id(), Map.of("role", "AGENT"));

		assertThat(session.open("/admin/users").getResponse().getStatus()).isEqualTo(403);
		assertThat(session.open("/desk").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void deactivatedUsersOpenSessionEndsAtItsNextRequest() {
		User agent = personWithPassword("AGENT");
		SignInSession session = new SignInSession(mvc);
		assertThat(session.signsIn(agent.email(), PASSWORD)).isTrue();
		assertThat(session.open("/desk").getResponse().getStatus()).isEqualTo(200);

		admin().patch("/api/v1/users/" + agent.id(), Map.of("active", false));

		MvcResult afterwards = session.open("/desk");
		assertThat(afterwards.getResponse().getStatus()).isEqualTo(302);
		assertThat(afterwards.getResponse().getRedirectedUrl()).endsWith("/sign-in");
	}

	private User personWithPassword(String role) {
		String email = "signin-" + UUID.randomUUID() + "@example.org";
		var created = admin().post("/api/v1/users", Map.of("email", email, "name",
				"Sign-in " + io.tierdesk.platform.Words.of(role), "role", role, "password", PASSWORD));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return new User(created.json().get("id").asLong(), email, null);
	}

	/**
	 * A stranger's wrong guesses at someone's password, from the stranger's own address.
	 */
	private void guessWrong(User owner, int times) {
		SignInSession stranger = new SignInSession(mvc);
		for (int i = 0; i < times; i++) {
			stranger.signIn(owner.email(), "guess-" + i);
		}
	}

	private static String unknownEmail() {
		return "nobody-" + UUID.randomUUID() + "@example.org";
	}

	/** One kind's answers: where each attempt was sent, and how long it took. */
	private static final class Answers {

		final SignInSession session;

		final List<String> redirects = new ArrayList<>();

		final List<Long> millis = new ArrayList<>();

		Answers(SignInSession session) {
			this.session = session;
		}

		void attempt(String email, String password) {
			var csrf = session.openSignInPage();
			long start = System.nanoTime();
			MvcResult result = session.submit(email, password, csrf);
			millis.add((System.nanoTime() - start) / 1_000_000);
			redirects.add(result.getResponse().getRedirectedUrl());
		}

		String page() {
			try {
				return session.open("/sign-in?error=").getResponse().getContentAsString();
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		long medianMillis() {
			return millis.stream().sorted().toList().get(millis.size() / 2);
		}

	}

}
