package io.tierdesk.ticket.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's forms: a requester is offered the two kinds that make sense to them and the
 * API refuses the others; a file over the limit comes back beside its field on every form
 * with a file field, with the limit printed and everything else kept; looking up a caller
 * keeps what the agent typed and chooses a single match.
 */
class DeskFormsIntegrationTests extends ApiTestSupport {

	/** One byte over 25 MB would read "25.1 MB"; a whole 26 MB reads as people say it. */
	private static final byte[] TOO_LARGE = new byte[26 * 1024 * 1024];

	private static final String REFUSAL = "Files can be up to 25 MB; core.dump is 26 MB.";

	@Test
	void thePortalOffersARequesterSomethingBrokenOrSomethingNeededOnly() {
		PageSession portal = browserOf(newSignedUpUser("REQUESTER", "Rita Requester"));

		var form = portal.get("/portal/tickets/new");

		assertThat(form.html()).contains("Something is broken", "I need something", "value=\"INCIDENT\"",
				"value=\"SERVICE_REQUEST\"");
		assertThat(form.html()).doesNotContain("value=\"PROBLEM\"", "value=\"CHANGE\"");
	}

	@Test
	void theApiRefusesARequesterOpeningAProblemOrAChangeNamingType() {
		User requester = newRequester();

		for (String type : new String[] { "PROBLEM", "CHANGE" }) {
			var refused = requester.api().post("/api/v1/tickets", Map.of("subject", "Root cause", "type", type));

			assertThat(refused.status()).as("%s", refused).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
		}
		assertThat(
				requester.api().post("/api/v1/tickets", Map.of("subject", "Badge", "type", "SERVICE_REQUEST")).status())
			.isEqualTo(201);
		assertThat(
				newAgent().api().post("/api/v1/tickets", Map.of("subject", "Root cause", "type", "PROBLEM")).status())
			.isEqualTo(201);
	}

	@Test
	void aTamperedPortalFormAskingForAChangeIsRefusedBesideTheKind() {
		PageSession portal = browserOf(newSignedUpUser("REQUESTER", "Rita Requester"));
		portal.get("/portal/tickets/new");

		var page = portal.post("/portal/tickets", Map.of("subject", "Move the server", "description", "Kept text",
				"type", "CHANGE", "impact", "LOW", "urgency", "LOW"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("problems and changes are the desk&#39;s work", "Kept text");
	}

	@Test
	void aNewTicketWithATooLargeFileComesBackWithTheLimitBesideTheFieldAndWhatWasTyped() {
		PageSession portal = browserOf(newSignedUpUser("REQUESTER", "Rita Requester"));
		assertThat(portal.get("/portal/tickets/new").html()).contains("Up to 25 MB each");

		var page = portal.postWithFile("/portal/tickets", Map.of("subject", "Laptop crashes", "description",
				"Blue screen after lunch", "type", "INCIDENT", "impact", "MEDIUM", "urgency", "HIGH"), "core.dump",
				TOO_LARGE);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("id=\"files-error\" aria-live=\"polite\">" + REFUSAL + "<")
			.contains("value=\"Laptop crashes\"", "Blue screen after lunch", "Up to 25 MB each");
		assertThat(checked(page.html(), "urgency")).isEqualTo("HIGH");
	}

	@Test
	void aReplyWithATooLargeFileComesBackWithTheLimitBesideTheFieldAndTheBody() {
		User requester = newSignedUpUser("REQUESTER", "Rita Requester");
		long ticket = openTicket(requester, "Slow VPN").get("id").asLong();
		PageSession browser = browserOf(requester);
		browser.get("/tickets/" + ticket);

		var page = browser.postWithFile("/tickets/" + ticket + "/messages",
				Map.of("body", "Here is the dump you asked for", "visibility", "PUBLIC"), "core.dump", TOO_LARGE);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("id=\"reply-files-error\" aria-live=\"polite\">" + REFUSAL + "<")
			.contains("Here is the dump you asked for");
		assertThat(requester.api().get("/api/v1/tickets/" + ticket + "/messages").json()).isEmpty();
	}

	@Test
	void aLoggedCallWithATooLargeFileComesBackWithTheLimitBesideTheFieldAndWhatWasTyped() {
		User caller = newRequester();
		PageSession desk = browserOf(newSignedUpUser("AGENT", "Alex Agent"));
		desk.get("/desk/calls/new");

		var page = desk.postWithFile("/desk/calls", callForm(caller.email()), "core.dump", TOO_LARGE);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("id=\"files-error\" aria-live=\"polite\">" + REFUSAL + "<")
			.contains("value=\"Printer offline\"", "Says it shows error 42");
	}

	@Test
	void lookingUpTheCallerKeepsWhatWasTypedAndChoosesTheOnlyMatch() {
		User caller = newUser("REQUESTER");
		PageSession desk = browserOf(newSignedUpUser("AGENT", "Alex Agent"));
		desk.get("/desk/calls/new");
		Map<String, String> typed = callForm("");
		typed.put("q", caller.email());

		var page = desk.post("/desk/calls/find", typed);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("value=\"Printer offline\"", "Says it shows error 42");
		assertThat(checked(page.html(), "requesterEmail")).isEqualTo(caller.email());
		assertThat(checked(page.html(), "channel")).isEqualTo("WALK_IN");
		assertThat(checked(page.html(), "impact")).isEqualTo("HIGH");
		assertThat(checked(page.html(), "urgency")).isEqualTo("MEDIUM");
	}

	@Test
	void lookingUpWithSeveralMatchesChoosesNobody() {
		String name = "Twin " + java.util.UUID.randomUUID();
		for (int i = 0; i < 2; i++) {
			admin().post("/api/v1/users", Map.of("email", "twin-" + java.util.UUID.randomUUID() + "@example.org",
					"name", name, "role", "REQUESTER"));
		}
		PageSession desk = browserOf(newSignedUpUser("AGENT", "Alex Agent"));
		desk.get("/desk/calls/new");
		Map<String, String> typed = callForm("");
		typed.put("q", name);

		var page = desk.post("/desk/calls/find", typed);

		assertThat(page.html()).contains(name);
		assertThat(checked(page.html(), "requesterEmail")).isNull();
	}

	private static Map<String, String> callForm(String requesterEmail) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("requesterEmail", requesterEmail);
		form.put("channel", "WALK_IN");
		form.put("subject", "Printer offline");
		form.put("description", "Says it shows error 42");
		form.put("type", "INCIDENT");
		form.put("impact", "HIGH");
		form.put("urgency", "MEDIUM");
		return form;
	}

	/** The value of the checked radio button of that name, or null. */
	private static String checked(String html, String name) {
		var radio = java.util.regex.Pattern
			.compile("<input type=\"radio\" name=\"" + name + "\"[^>]*value=\"([^\"]*)\"[^>]*checked")
			.matcher(html);
		return radio.find() ? radio.group(1) : null;
	}

}
