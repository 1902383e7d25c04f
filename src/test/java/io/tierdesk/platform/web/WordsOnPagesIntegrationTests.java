package io.tierdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import io.tierdesk.platform.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 10: "enum values never appear raw". Every page a {@link PageController} answers
 * to GET, read from the request mappings, is opened by a requester, an agent, a manager,
 * a security analyst and an admin over a desk with tickets of every kind, channel and a
 * few statuses; the text a person sees must hold no enum constant of Tierdesk whose words
 * differ from its code ({@code SERVICE_REQUEST}, {@code WALK_IN}), no constant in naive
 * sentence case where it has words of its own ("Api", "Walk in"), and nothing shaped like
 * a constant ({@code SOME_CODE}).
 */
class WordsOnPagesIntegrationTests extends ApiTestSupport {

	private static final Pattern CONSTANT_SHAPE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	private static final Pattern HIDDEN = Pattern.compile("(?is)<head.*?</head>|<script.*?</script>|<style.*?</style>");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageShowsAnEnumConstantToAnyRole() {
		Desk desk = new Desk();
		Map<String, String> raw = rawWords();
		List<String> pages = pagePaths(desk);
		List<String> found = new ArrayList<>();
		int read = 0;

		for (User person : List.of(desk.requester, desk.agent, desk.manager, desk.analyst, desk.admin)) {
			PageSession browser = browserOf(person);
			for (String path : pages) {
				var page = browser.get(path);
				if (page.status() >= 300 && page.status() < 400) {
					continue;
				}
				read++;
				String text = visibleText(page.html());
				raw.forEach((shown, why) -> {
					if (Pattern.compile("\\b" + Pattern.quote(shown) + "\\b").matcher(text).find()) {
						found.add(person.email() + " " + path + ": " + shown + " (" + why + ")");
					}
				});
				Matcher shape = CONSTANT_SHAPE.matcher(text);
				while (shape.find()) {
					// A name HostileFormsIntegrationTests gave a team or category in the
					// same database: a person's words, not a code.
					if (shape.group().equals(HostileFormValues.UNKNOWN_CHOICE)) {
						continue;
					}
					found.add(person.email() + " " + path + ": " + shape.group() + " (shaped like a constant)");
				}
			}
		}

		assertThat(read).isGreaterThan(5 * 12);
		assertThat(found).as("raw codes on pages").isEmpty();
	}

	/**
	 * What must never be read on a page, with why: each constant of a Tierdesk enum whose
	 * words differ from its code, and the naive sentence case of one whose words are its
	 * own ("Api" for API).
	 */
	private static Map<String, String> rawWords() {
		Map<String, String> raw = new LinkedHashMap<>();
		for (Class<?> type : tierdeskEnums()) {
			for (Object constant : type.getEnumConstants()) {
				String code = ((Enum<?>) constant).name();
				String naive = code.charAt(0) + code.substring(1).replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
				if (!Words.of(code).equals(code)) {
					raw.put(code, "a constant of " + type.getSimpleName());
				}
				if (!Words.of(code).equals(naive) && !naive.equals(code)) {
					raw.put(naive,
							"the code of " + type.getSimpleName() + " in sentence case; it reads " + Words.of(code));
				}
			}
		}
		return raw;
	}

	private static Set<Class<?>> tierdeskEnums() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(
				(reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
		Set<Class<?>> enums = new LinkedHashSet<>();
		scanner.findCandidateComponents("io.tierdesk")
			.forEach(bean -> enums.add(ClassUtils.resolveClassName(String.valueOf(bean.getBeanClassName()), null)));
		assertThat(enums).as("Tierdesk's enums").hasSizeGreaterThan(8);
		return enums;
	}

	/**
	 * Every GET page path, its path variables filled from the desk, and the lists also in
	 * their other views.
	 */
	private List<String> pagePaths(Desk desk) {
		Set<String> paths = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PageController.class)) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			info.getPatternValues().forEach(pattern -> paths.add(desk.fill(pattern)));
		});
		List<String> all = new ArrayList<>(paths);
		all.addAll(List.of("/desk?queue=mine", "/desk?queue=teams", "/desk?queue=unassigned", "/desk?status=ON_HOLD",
				"/desk?q=printer", "/portal?list=organisation", "/tickets/" + desk.walkIn, "/tickets/" + desk.onHold,
				"/admin/users/" + desk.analyst.id(), "/admin/users?q=example"));
		return all;
	}

	private static String visibleText(String html) {
		String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
		return text.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
	}

	/**
	 * People of every role and tickets of every channel and kind a page lists: an API
	 * ticket of the requester, a walk-in service request, a change on hold, with a reply
	 * and a note.
	 */
	private final class Desk {

		final User requester = newSignedUpUser("REQUESTER", "Rita Requester");

		final User agent = newSignedUpUser("AGENT", "Alex Agent");

		final User manager = newSignedUpUser("MANAGER", "Maya Manager");

		final User analyst = newSignedUpUser("SECURITY_ANALYST", "Sam Analyst");

		final User admin = newSignedUpUser("ADMIN", "Ada Admin");

		final long team;

		final long viaApi;

		final long walkIn;

		final long onHold;

		Desk() {
			team = admin()
				.post("/api/v1/teams",
						Map.of("name", "Words " + java.util.UUID.randomUUID(), "model", "TIERED", "tier", 2))
				.json()
				.get("id")
				.asLong();
			admin().raw("PUT", "/api/v1/teams/" + team + "/members/" + agent.id(), "application/json", new byte[0]);
			joined(requester, newOrganisation(true));
			viaApi = openTicket(requester, "Printer jams").get("id").asLong();
			requester.api().post("/api/v1/tickets/" + viaApi + "/messages", Map.of("body", "Still jams"));
			agent.api()
				.post("/api/v1/tickets/" + viaApi + "/messages", Map.of("body", "Checked", "visibility", "INTERNAL"));
			walkIn = agent.api()
				.post("/api/v1/tickets",
						Map.of("subject", "Needs a badge", "type", "SERVICE_REQUEST", "channel", "WALK_IN",
								"requesterEmail", requester.email(), "teamId", team))
				.json()
				.get("id")
				.asLong();
			onHold = agent.api()
				.post("/api/v1/tickets",
						Map.of("subject", "Move the mail server", "type", "CHANGE", "channel", "PHONE",
								"requesterEmail", requester.email(), "teamId", team, "urgency", "HIGH"))
				.json()
				.get("id")
				.asLong();
			var held = agent.api().patch("/api/v1/tickets/" + onHold, Map.of("version", 0, "status", "ON_HOLD"));
			assertThat(held.status()).as("%s", held).isEqualTo(200);
		}

		String fill(String pattern) {
			if (pattern.startsWith("/tickets/") || pattern.startsWith("/sla/tickets/")) {
				return pattern.replace("{id}", String.valueOf(viaApi));
			}
			if (pattern.startsWith("/admin/sla/policies/")) {
				long calendar = io.tierdesk.sla.SlaFixtures.berlinOfficeHours(admin());
				return pattern.replace("{id}",
						String.valueOf(admin()
							.post("/api/v1/sla/policies",
									io.tierdesk.sla.SlaFixtures.confined(admin(),
											io.tierdesk.sla.SlaFixtures.policy("Words " + calendar, calendar)))
							.json()
							.get("id")
							.asLong()));
			}
			if (pattern.startsWith("/notifications/")) {
				// Opening one marks it read and goes to its ticket; one of nobody's is
				// the
				// not-found page.
				return pattern.replace("{id}", "999999999");
			}
			if (pattern.startsWith("/admin/sla/calendars/")) {
				return pattern.replace("{id}", String.valueOf(io.tierdesk.sla.SlaFixtures.berlinOfficeHours(admin())));
			}
			if (pattern.startsWith("/admin/users/")) {
				return pattern.replace("{id}", String.valueOf(agent.id()));
			}
			assertThat(pattern).as("a page path this test cannot fill: teach Desk.fill").doesNotContain("{");
			return pattern;
		}

	}

}
