package io.tierdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "times are shown in the person's time zone": a profile setting read and
 * changed through {@code /api/v1/me}, used by every page before the browser's zone (its
 * {@code tz} cookie) and the desk's default (UTC); the API's own times stay UTC.
 */
class TimeZoneIntegrationTests extends ApiTestSupport {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

	@Test
	void aPersonChoosesTheirTimeZoneReadsItBackAndClearsIt() {
		User agent = newAgent();

		var before = agent.api().get("/api/v1/me");
		var chosen = agent.api().put("/api/v1/me/time-zone", Map.of("timeZone", "Europe/Berlin"));
		var after = agent.api().get("/api/v1/me");
		var cleared = agent.api().put("/api/v1/me/time-zone", nullZone());

		assertThat(before.json().get("timeZone").isNull()).isTrue();
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(chosen.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(after.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(cleared.status()).isEqualTo(200);
		assertThat(cleared.json().get("timeZone").isNull()).isTrue();
		assertThat(agent.api().get("/api/v1/me").json().get("timeZone").isNull()).isTrue();
	}

	@Test
	void anUnknownZoneIsRefusedNamingTheFieldAndTheChoiceStays() {
		User agent = newAgent();
		agent.api().put("/api/v1/me/time-zone", Map.of("timeZone", "Asia/Tokyo"));

		for (String refused : new String[] { "Mars/Olympus_Mons", "+02:00", "asia/tokyo", "<b>UTC</b>",
				"Europe/Berlin".repeat(6) }) {
			var answer = agent.api().put("/api/v1/me/time-zone", Map.of("timeZone", refused));

			assertThat(answer.status()).as(refused).isEqualTo(400);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
			assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
		}
		assertThat(agent.api().get("/api/v1/me").json().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
	}

	@Test
	void apiTimesStayUtcWhateverZoneTheCallerChose() {
		User requester = newRequester();
		requester.api().put("/api/v1/me/time-zone", Map.of("timeZone", "Pacific/Kiritimati"));

		String createdAt = openTicket(requester, "Clock on the wall is wrong").get("createdAt").asString();

		assertThat(createdAt).endsWith("Z").isEqualTo(clock.instant().toString());
	}

	@Test
	void pagesShowTheProfileZoneElseTheBrowsersElseTheDesksDefault() {
		User requester = newSignedUpUser("REQUESTER");
		var ticket = openTicket(requester, "Which time is it");
		Instant opened = Instant.parse(ticket.get("createdAt").asString());
		String path = "/tickets/" + ticket.get("id").asLong();

		String byDefault = browserOf(requester).get(path).html();
		String byBrowser = browserOf(requester).withCookie("tz", "Asia%2FTokyo").get(path).html();
		String hostileCookie = browserOf(requester).withCookie("tz", "%3Cscript%3E").get(path).html();
		requester.api().put("/api/v1/me/time-zone", Map.of("timeZone", "America/New_York"));
		String byProfile = browserOf(requester).withCookie("tz", "Asia%2FTokyo").get(path).html();

		assertThat(byDefault).contains(opened(opened, "UTC", "UTC"));
		assertThat(byBrowser).contains(opened(opened, "Asia/Tokyo", "JST (Asia/Tokyo)")).contains(">Asia/Tokyo</a>");
		assertThat(hostileCookie).contains(opened(opened, "UTC", "UTC")).doesNotContain("<script>");
		assertThat(byProfile).contains(opened(opened, "America/New_York", "EST (America/New_York)"))
			.contains(">America/New_York</a>");
	}

	@Test
	void theAccountFormRefusesAnUnknownZoneBesideTheListKeepingWhatWasSent() {
		User agent = newSignedUpUser("AGENT");
		PageSession browser = browserOf(agent);
		browser.get("/account");

		var refused = browser.post("/account/time-zone", Map.of("timeZone", "Mars/Olympus_Mons"));
		var saved = browser.post("/account/time-zone", Map.of("timeZone", "Europe/Berlin"));
		String afterSave = browser.get("/account").html();
		var cleared = browser.post("/account/time-zone", Map.of("timeZone", ""));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("id=\"time-zone-error\" class=\"field-error\">is not a time zone")
			.contains("<option value=\"Mars/Olympus_Mons\" selected=\"selected\">Mars/Olympus_Mons</option>");
		assertThat(saved.location()).endsWith("/account");
		assertThat(afterSave).contains("<option value=\"Europe/Berlin\" selected=\"selected\">Europe/Berlin</option>")
			.contains("Pages show times in Europe/Berlin.");
		assertThat(cleared.location()).endsWith("/account");
		assertThat(agent.api().get("/api/v1/me").json().get("timeZone").isNull()).isTrue();
	}

	@Test
	void theRefusedSignInSaysWhenAPauseEndsInTheBrowsersZone() {
		PageSession tokyo = new PageSession(port).withCookie("tz", "Asia%2FTokyo");
		tokyo.get("/sign-in");
		tokyo.post("/sign-in", Map.of("username", "nobody-" + java.util.UUID.randomUUID() + "@example.org", "password",
				"not-a-password-at-all"));

		String refused = tokyo.get("/sign-in?error").html();

		assertThat(refused).containsPattern("A pause ends by \\d{2}:\\d{2} JST at the latest");
	}

	/** The ticket page's "Opened" time as it must read in that zone. */
	private static String opened(Instant at, String zone, String zoneOnHover) {
		String shown = SHOWN.format(at.atZone(ZoneId.of(zone)));
		return "<time datetime=\"" + at + "\" title=\"" + shown + " " + zoneOnHover + "\">" + shown + "</time>";
	}

	private static Map<String, Object> nullZone() {
		Map<String, Object> body = new HashMap<>();
		body.put("timeZone", null);
		return body;
	}

}
