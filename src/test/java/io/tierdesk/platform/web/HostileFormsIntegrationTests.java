package io.tierdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.platform.ReliabilityReport;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.SignInBanners;
import io.tierdesk.identity.SignInBanners.BannerChange;
import io.tierdesk.identity.Teams;
import io.tierdesk.platform.web.HostileFormValues.Value;
import io.tierdesk.platform.web.PageEndpoints.Endpoint;
import io.tierdesk.platform.web.PageEndpoints.Field;
import jakarta.servlet.Filter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 9: "every form object carries the same constraints as its API twin, and a test
 * posts each form with over-long, empty and hostile values". The forms are read from the
 * request mappings ({@link PageEndpoints}); each field of each gets every
 * {@link HostileFormValues} value while the others stay plausible, and each path id gets
 * ids that are not numbers or of no row. No answer may be a 5xx; every page that does not
 * move on must say in words what was wrong, never show a stack trace; a value that must
 * be refused (too long, a control character, a required field left empty) must not be
 * saved. A page endpoint this test cannot fill fails it, so a new form is not forgotten.
 * Counts per page controller are checked against docs/reliability.md.
 */
class HostileFormsIntegrationTests extends ApiTestSupport {

	private static final String PASSWORD = "a-long-enough-passphrase-42";

	/** Text in a page element that tells the person what was wrong. */
	private static final Pattern READABLE = Pattern
		.compile("class=\"(?:[^\"]* )?(?:field-error|alert)(?: [^\"]*)?\"[^>]*>\\s*[^<\\s]");

	private static final Pattern INTERNALS = Pattern
		.compile("Whitelabel|Exception|\\bat (?:io\\.tierdesk|org\\.|java\\.)|SQL state|stack ?trace");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	SignInBanners banners;

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter securityFilters;

	private SignInBanners.BannerView bannerBefore;

	private long adminId;

	@BeforeEach
	void rememberTheBanner() {
		bannerBefore = banners.current();
	}

	/** The banner is shared by every test: put back as it was (a new version). */
	@AfterEach
	void restoreTheBanner() {
		var admin = new Caller(adminId, "hostile-forms@example.org", "Hostile", Role.ADMIN, null, false);
		banners.change(new BannerChange(bannerBefore.text(), bannerBefore.acceptanceRequired()), admin);
	}

	/**
	 * The scanner's finding: a 201-character team name was a 500 on the page and a 400
	 * from the API. Both now refuse it at the same limit; the page says so beside the
	 * field and keeps what was typed.
	 */
	@Test
	void aTeamNameOverTheLimitIsRefusedByThePageBesideTheFieldAsByTheApi() {
		Fixture fixture = new Fixture();
		PageSession browser = new PageSession(port).signIn(fixture.adminEmail, PASSWORD);
		String name = "T".repeat(Teams.NAME_MAX + 1);

		var page = browser.post("/admin/teams", Map.of("name", name, "model", "TIERED", "tier", "1"));
		var api = admin().post("/api/v1/teams", Map.of("name", name, "model", "TIERED", "tier", 1));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"team-name-error\" class=\"field-error\">size must be between 0 and 200<")
			.contains("value=\"" + name + "\"");
		assertThat(api.status()).isEqualTo(400);
	}

	@Test
	void everyPageFormRefusesHostileValuesReadablyAndNeverAnswers5xx() {
		Fixture fixture = new Fixture();
		PageSession browser = new PageSession(port).signIn(fixture.adminEmail, PASSWORD);
		List<Endpoint> endpoints = PageEndpoints.of(mappings);
		Map<String, Fill> fills = fills(fixture);

		assertThat(endpoints.stream().filter(e -> e.method().equals("POST"))).hasSizeGreaterThanOrEqualTo(18);
		assertThat(endpoints.stream().map(Endpoint::key).filter(key -> !fills.containsKey(key)))
			.as("page endpoints this test does not know how to fill: add them to fills()")
			.isEmpty();

		Tally tally = new Tally();
		for (Endpoint endpoint : endpoints) {
			Fill fill = fills.get(endpoint.key());
			assertThat(fill.path().keySet()).as(endpoint.key())
				.containsExactlyInAnyOrderElementsOf(endpoint.pathVariables());
			if (!endpoint.anyFields()) {
				assertThat(fill.fields().keySet()).as(endpoint.key())
					.containsExactlyInAnyOrderElementsOf(endpoint.fields().stream().map(Field::name).toList());
			}
			tryEveryField(browser, endpoint, fill, tally);
			tryEveryPathId(browser, endpoint, fill, tally);
		}
		tally.add(signInFormRefusals());
		tally.report();

		assertThat(tally.tried()).isGreaterThan(700);
		assertThat(tally.failures).as("%d of %d form requests answered wrongly", tally.failures.size(), tally.tried())
			.isEmpty();
	}

	private void tryEveryField(PageSession browser, Endpoint endpoint, Fill fill, Tally tally) {
		List<Field> fields = endpoint.anyFields()
				? fill.fields().keySet().stream().map(name -> new Field(name, String.class, null, true)).toList()
				: endpoint.fields();
		for (Field field : fields) {
			for (Value value : HostileFormValues.forField(field)) {
				Map<String, String> form = new LinkedHashMap<>(fill.fields());
				if (value.text() == null) {
					form.remove(field.name());
				}
				else {
					form.put(field.name(), value.text());
				}
				String label = endpoint.key() + " " + field.name() + "=" + value.label();
				tally.count(endpoint, verdict(send(browser, endpoint, fill.path(), form), value.mustRefuse(), label));
			}
		}
	}

	private void tryEveryPathId(PageSession browser, Endpoint endpoint, Fill fill, Tally tally) {
		for (String variable : endpoint.pathVariables()) {
			for (String id : HostileFormValues.badIds()) {
				Map<String, String> path = new LinkedHashMap<>(fill.path());
				path.put(variable, id);
				String label = endpoint.key() + " {" + variable + "}=" + id;
				// An id of no row may be fine (removing someone who is not a member); one
				// that is not a number never is.
				boolean notANumber = !id.matches("-?\\d{1,18}");
				tally.count(endpoint, verdict(send(browser, endpoint, path, fill.fields()), notANumber, label));
			}
		}
	}

	private static HttpResponse<String> send(PageSession browser, Endpoint endpoint, Map<String, String> path,
			Map<String, String> form) {
		String url = endpoint.path();
		for (var variable : path.entrySet()) {
			url = url.replace("{" + variable.getKey() + "}", variable.getValue());
		}
		return endpoint.method().equals("POST") ? browser.post(url, form) : browser.get(url, form);
	}

	/** Null when the answer is right; otherwise what was sent and what came back. */
	private static @Nullable String verdict(HttpResponse<String> response, boolean mustRefuse, String label) {
		int status = response.statusCode();
		String body = response.body();
		String location = response.headers().firstValue("Location").orElse("");
		String wrong = null;
		if (status >= 500) {
			wrong = "a server error";
		}
		else if (status >= 300 && status < 400) {
			wrong = mustRefuse ? "accepted (redirect to " + location + ")"
					: location.contains("/sign-in") ? "signed out" : null;
		}
		else if (INTERNALS.matcher(body).find()) {
			wrong = "internals shown";
		}
		else if (!READABLE.matcher(body).find() && (mustRefuse || status >= 400)) {
			wrong = "no readable message";
		}
		if (wrong == null) {
			return null;
		}
		String content = body.contains("<main") ? body.substring(body.indexOf("<main")) : body;
		String excerpt = content.length() > 3000 ? content.substring(0, 3000) : content;
		return label + " -> " + status + " " + wrong + ": " + excerpt.replaceAll("\\s+", " ");
	}

	/**
	 * The sign-in form belongs to Spring Security (a filter, not a page controller):
	 * every hostile username or password is one more refusal, never an error. Sent
	 * through MockMvc from an address of its own, so its failures pause no other test.
	 */
	private Map<String, List<@Nullable String>> signInFormRefusals() {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityFilters).build();
		List<@Nullable String> verdicts = new ArrayList<>();
		Map<String, String> plausible = Map.of("username", "nobody-" + UUID.randomUUID() + "@example.org", "password",
				PASSWORD);
		for (String field : plausible.keySet()) {
			for (Value value : HostileFormValues.forField(new Field(field, String.class, 320, true))) {
				Map<String, String> form = new LinkedHashMap<>(plausible);
				form.put(field, value.text() == null ? "" : value.text());
				verdicts.add(signInVerdict(mvc, form, "POST /sign-in " + field + "=" + value.label()));
			}
		}
		return Map.of("SignInForm", verdicts);
	}

	private static @Nullable String signInVerdict(MockMvc mvc, Map<String, String> form, String label) {
		try {
			MvcResult result = mvc.perform(post("/sign-in").param("username", form.get("username"))
				.param("password", form.get("password"))
				.with(csrf())
				.with(request -> {
					request.setRemoteAddr("2001:db8:f0::1");
					return request;
				})).andReturn();
			String next = String.valueOf(result.getResponse().getRedirectedUrl());
			return next.startsWith("/sign-in?error") ? null
					: label + " -> " + result.getResponse().getStatus() + " " + next;
		}
		catch (Exception ex) {
			return label + " -> " + ex;
		}
	}

	/** How to fill one endpoint plausibly: its path ids and its fields. */
	private record Fill(Map<String, String> path, Map<String, String> fields) {
	}

	private static Map.Entry<String, Fill> fill(String key, Map<String, String> path, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		return Map.entry(key, new Fill(path, values));
	}

	private Map<String, Fill> fills(Fixture f) {
		Map<String, String> user = Map.of("id", f.agentId);
		Map<String, String> ticket = Map.of("id", f.ticketId);
		Map<String, String> none = Map.of();
		List<Map.Entry<String, Fill>> all = new ArrayList<>(List.of(
				fill("POST /admin/teams", none, "name", "Hostile team", "model", "TIERED", "tier", "2"),
				fill("POST /admin/teams/{id}/members", Map.of("id", f.teamId), "userId", f.agentId),
				fill("POST /admin/teams/{id}/members/{userId}/remove", Map.of("id", f.teamId, "userId", f.agentId)),
				fill("POST /admin/users", none, "email", "hostile-user@example.org", "name", "Hostile User", "role",
						"AGENT", "password", ""),
				fill("POST /admin/users/{id}/unlock", user), fill("POST /admin/users/{id}/password", user),
				fill("POST /account/password", none, "currentPassword", "not-the-current-password", "newPassword",
						"a-new-long-passphrase-7", "repeatPassword", "a-new-long-passphrase-7"),
				fill("POST /account/time-zone", none, "timeZone", "Europe/Berlin"),
				fill("POST /admin/organisations", none, "name", "Hostile " + UUID.randomUUID(), "domain", "",
						"sharesTickets", "false"),
				fill("POST /admin/organisations/{id}", Map.of("id", f.organisationId), "name",
						"Hostile org " + f.organisationId, "domain", "", "sharesTickets", "false"),
				fill("GET /notifications", none, "page", "0"),
				fill("GET /notifications/{id}", Map.of("id", "999999999")), fill("POST /notifications/read", none),
				fill("GET /audit", none, "person", "hostile", "kind", "SIGN_IN", "from", "2026-01-01T00:00", "to",
						"2030-01-01T00:00", "page", "0"),
				fill("POST /admin/users/{id}/role", user, "version", "0", "role", "AGENT"),
				fill("POST /admin/users/{id}/active", user, "version", "0", "active", "true"),
				fill("POST /admin/users/{id}/tokens", user, "name", "hostile"),
				fill("POST /admin/users/{id}/tokens/{tokenId}/revoke", Map.of("id", f.agentId, "tokenId", f.tokenId)),
				fill("POST /admin/banner", none, "text", bannerBefore.text(), "acceptanceRequired", "false"),
				fill("POST /banner/accept", none, "version", String.valueOf(bannerBefore.version())),
				fill("POST /admin/categories", none, "name", "Hostile", "parentId", ""),
				fill("POST /portal/tickets", none, "subject", "Printer on fire", "description", "Smoke.", "type",
						"INCIDENT", "impact", "LOW", "urgency", "LOW", "category", "", "followUpOf", ""),
				fill("POST /desk/calls", none, "requesterEmail", f.requesterEmail, "newRequesterEmail", "",
						"newRequesterName", "", "channel", "PHONE", "subject", "Called about mail", "description", "",
						"type", "INCIDENT", "impact", "LOW", "urgency", "LOW", "category", "", "teamId", ""),
				fill("POST /desk/calls/find", none, "q", "hostile"),
				fill("POST /tickets/{id}/change", ticket, "version", "0", "status", "", "impact", "", "urgency", "",
						"category", "", "teamId", "", "assigneeId", "", "reason", "", "reasonInternal", ""),
				fill("POST /tickets/{id}/reopen", ticket, "reason", "Still broken"),
				fill("POST /tickets/{id}/assign-to-me", ticket, "version", "0"),
				fill("POST /desk/bulk", none, "selected", f.ticketId + ":0", "allOnPage", "", "setStatus", "",
						"setImpact", "HIGH", "setUrgency", "", "setTeam", "", "setAssignee", "", "reason", "", "queue",
						"open", "status", "", "priority", "", "team", "", "assignee", "", "type", "", "channel", "",
						"sort", "", "page", "", "q", ""),
				fill("POST /tickets/{id}/solved", ticket),
				fill("POST /tickets/{id}/messages", ticket, "body", "Any news?", "visibility", "PUBLIC"),
				fill("GET /admin/users", none, "q", "hostile"), fill("GET /admin/users/{id}", user),
				fill("GET /desk/calls/new", none, "q", "hostile"),
				fill("GET /sign-in", none, "error", "", "signed-out", ""),
				fill("GET /desk", none, "queue", "teams", "status", "OPEN", "priority", "P3", "team", f.teamId,
						"assignee", f.agentId, "type", "INCIDENT", "channel", "PORTAL", "sort", "priority,asc", "page",
						"0", "q", "printer"),
				fill("GET /portal", none, "page", "0", "list", "organisation"),
				fill("GET /portal/tickets/new", none, "followUpOf", f.ticketId), fill("GET /tickets/{id}", ticket)));
		List<String> cells = new ArrayList<>();
		for (String impact : List.of("HIGH", "MEDIUM", "LOW")) {
			for (String urgency : List.of("HIGH", "MEDIUM", "LOW")) {
				cells.add(impact + "-" + urgency);
				cells.add(f.matrix.get(impact + "-" + urgency));
			}
		}
		all.add(fill("POST /admin/priority-matrix", none, cells.toArray(String[]::new)));
		Map<String, String> policy = Map.of("id", f.policyId);
		String[] policyFields = { "name", "Hostile policy " + UUID.randomUUID(), "calendarId", f.calendarId,
				"warnAtPercent", "75", "defaultPolicy", "false", "p1First", "30", "p1Resolution", "240", "p1Next", "",
				"p2First", "", "p2Resolution", "", "p2Next", "", "p3First", "", "p3Resolution", "", "p3Next", "",
				"p4First", "", "p4Resolution", "", "p4Next", "", "organisationIds", f.organisationId, "types",
				"INCIDENT", "categoryIds", "", "channels", "EMAIL", "warningActions", "NOTIFY_TEAM", "warningTeamId",
				"", "breachActions", "ESCALATE_TO_TEAM", "breachTeamId", f.teamId };
		List<String> create = new ArrayList<>(List.of(policyFields));
		create.addAll(List.of("version", ""));
		all.add(fill("POST /admin/sla/policies/new", none, create.toArray(String[]::new)));
		List<String> change = new ArrayList<>(List.of(policyFields));
		change.addAll(List.of("version", "0"));
		all.add(fill("POST /admin/sla/policies/{id}", policy, change.toArray(String[]::new)));
		all.add(fill("POST /admin/sla/policies/{id}/move", policy, "direction", "up"));
		all.add(fill("POST /admin/sla/policies/{id}/delete", policy));
		all.add(fill("GET /admin/sla/policies/{id}", policy));
		all.add(fill("GET /sla/tickets/{id}/clock", ticket));
		Map<String, String> calendar = Map.of("id", f.calendarId);
		String[] calendarFields = { "name", "Hostile calendar " + UUID.randomUUID(), "timeZone", "Europe/Berlin",
				"allWeek", "false", "day", "MONDAY", "start", "09:00", "end", "17:00", "dateOn", "2026-12-24",
				"dateKind", "hours", "dateStart", "08:00", "dateEnd", "12:00" };
		List<String> createCalendar = new ArrayList<>(List.of(calendarFields));
		createCalendar.addAll(List.of("version", ""));
		all.add(fill("POST /admin/sla/calendars/new", none, createCalendar.toArray(String[]::new)));
		List<String> changeCalendar = new ArrayList<>(List.of(calendarFields));
		changeCalendar.addAll(List.of("version", "0"));
		all.add(fill("POST /admin/sla/calendars/{id}", calendar, changeCalendar.toArray(String[]::new)));
		all.add(fill("POST /admin/sla/calendars/{id}/delete", calendar));
		all.add(fill("GET /admin/sla/calendars/{id}", calendar, "start", "2026-12-24T16:00", "minutes", "90"));
		Map<String, Fill> fills = new TreeMap<>();
		all.forEach(e -> fills.put(e.getKey(), e.getValue()));
		return fills;
	}

	/**
	 * Rows of the test's own for the forms to work on: an admin who signs in, an agent, a
	 * team, a token, a requester's ticket; and the priority matrix as it is.
	 */
	private final class Fixture {

		final String adminEmail = "hostile-admin-" + UUID.randomUUID() + "@example.org";

		final String agentId;

		final String teamId;

		final String tokenId;

		final String ticketId;

		final String requesterEmail;

		final String organisationId;

		final Map<String, String> matrix = new LinkedHashMap<>();

		final String calendarId;

		final String policyId;

		Fixture() {
			var created = admin().post("/api/v1/users",
					Map.of("email", adminEmail, "name", "Hostile Admin", "role", "ADMIN", "password", PASSWORD));
			assertThat(created.status()).as("%s", created).isEqualTo(201);
			adminId = created.json().get("id").asLong();
			User agent = newAgent();
			agentId = String.valueOf(agent.id());
			teamId = admin()
				.post("/api/v1/teams", Map.of("name", "Hostile forms " + UUID.randomUUID(), "model", "SWARM"))
				.json()
				.get("id")
				.asString();
			tokenId = admin().post("/api/v1/users/" + agentId + "/tokens", Map.of("name", "to revoke"))
				.json()
				.get("id")
				.asString();
			organisationId = admin()
				.post("/api/v1/organisations",
						Map.of("name", "Hostile org " + UUID.randomUUID(), "sharesTickets", false))
				.json()
				.get("id")
				.asString();
			User requester = newRequester();
			requesterEmail = requester.email();
			ticketId = openTicket(requester, "Hostile forms' ticket").get("id").asString();
			calendarId = admin()
				.post("/api/v1/sla/calendars", Map.of("name", "Hostile calendar " + UUID.randomUUID(), "timeZone",
						"UTC", "hours", Map.of("MONDAY", List.of(List.of("09:00", "17:00")))))
				.json()
				.get("id")
				.asString();
			policyId = admin()
				.post("/api/v1/sla/policies",
						Map.of("name", "Hostile policy " + UUID.randomUUID(), "calendarId", calendarId, "targets",
								Map.of("P1", Map.of("firstResponseMinutes", 30, "resolutionMinutes", 240))))
				.json()
				.get("id")
				.asString();
			admin().get("/api/v1/priority-matrix")
				.json()
				.get("cells")
				.forEach(c -> matrix.put(c.get("impact").asString() + "-" + c.get("urgency").asString(),
						c.get("priority").asString()));
		}

	}

	/** Tried and failed requests by page controller, and what failed. */
	private static final class Tally {

		private final Map<String, int[]> byClass = new TreeMap<>();

		final List<String> failures = new ArrayList<>();

		void count(Endpoint endpoint, @Nullable String verdict) {
			count(endpoint.controller().getSimpleName(), verdict);
		}

		void add(Map<String, List<@Nullable String>> verdicts) {
			verdicts.forEach((name, list) -> list.forEach(verdict -> count(name, verdict)));
		}

		private void count(String name, @Nullable String verdict) {
			int[] counts = byClass.computeIfAbsent(name, n -> new int[2]);
			counts[0]++;
			if (verdict != null) {
				counts[1]++;
				failures.add(verdict);
			}
		}

		int tried() {
			return byClass.values().stream().mapToInt(c -> c[0]).sum();
		}

		void report() {
			var report = new ReliabilityReport("forms");
			byClass.forEach((name, c) -> report.record("forms of " + name, c[0], c[1]));
			report.check();
		}

	}

}
