package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import org.junit.jupiter.api.Test;

/**
 * Everyone sees what changed (issue 10), through the pages as a browser reads them: a
 * ticket with news since its person last looked is marked in their list and counted in
 * the title, their own doing never marks it, and opening the ticket clears it.
 */
class WhatChangedIntegrationTests extends ApiTestSupport {

	@Test
	void aRequesterSeesATicketMarkedAfterAnAgentRepliesUntilTheyOpenIt() {
		User rita = newSignedUpUser("REQUESTER");
		User agent = newAgent();
		long ticket = openTicket(rita, "Printer offline").get("id").asLong();
		PageSession browser = browserOf(rita);
		assertThat(marked(browser.get("/portal").html(), ticket)).as("nothing new after opening it").isFalse();

		later();
		reply(agent, ticket, "Which floor?");
		PageSession.Page portal = browser.get("/portal");

		assertThat(marked(portal.html(), ticket)).isTrue();
		assertThat(portal.title()).startsWith("(1) My tickets");
		later();
		browser.get("/tickets/" + ticket);
		assertThat(marked(browser.get("/portal").html(), ticket)).as("cleared when opened").isFalse();
		assertThat(browser.get("/portal").title()).startsWith("My tickets");
	}

	@Test
	void aPersonsOwnActionsNeverMarkATicketForThem() {
		User rita = newSignedUpUser("REQUESTER");
		User agent = newAgent();
		var opened = openTicket(rita, "VPN drops");
		long ticket = opened.get("id").asLong();
		later();
		assertThat(agent.api()
			.patch("/api/v1/tickets/" + ticket,
					Map.of("version", opened.get("version").asLong(), "status", "PENDING", "reason", "send the log"))
			.status()).isEqualTo(200);
		PageSession browser = browserOf(rita);
		browser.get("/tickets/" + ticket);

		later();
		// Her reply hands the pending ticket back to the desk: the system's status change
		// is a consequence of her action, not news for her.
		reply(rita, ticket, "Log attached");

		assertThat(rita.api().get("/api/v1/tickets/" + ticket).json().get("status").asString()).isEqualTo("OPEN");
		assertThat(marked(browser.get("/portal").html(), ticket)).isFalse();
	}

	@Test
	void anAgentSeesAnAssignmentAndTheRequestersReplyAsNewInTheirQueue() {
		User alex = newSignedUpUser("AGENT");
		User requester = newRequester();
		var opened = openTicket(requester, "Screen flickers");
		long ticket = opened.get("id").asLong();
		later();
		assertThat(admin()
			.patch("/api/v1/tickets/" + ticket,
					Map.of("version", opened.get("version").asLong(), "assigneeId", alex.id()))
			.status()).isEqualTo(200);
		PageSession browser = browserOf(alex);

		PageSession.Page mine = browser.get("/desk?queue=mine");
		assertThat(marked(mine.html(), ticket)).as("assigned by someone else").isTrue();
		assertThat(mine.title()).startsWith("(1) Desk");

		later();
		browser.get("/tickets/" + ticket);
		assertThat(marked(browser.get("/desk?queue=mine").html(), ticket)).isFalse();
		later();
		reply(requester, ticket, "It is worse now");
		assertThat(marked(browser.get("/desk?queue=mine").html(), ticket)).isTrue();
	}

	@Test
	void readingATicketThroughTheApiDoesNotClearItsMarker() {
		User rita = newSignedUpUser("REQUESTER");
		long ticket = openTicket(rita, "Laptop fan loud").get("id").asLong();
		later();
		reply(newAgent(), ticket, "Is it under warranty?");

		assertThat(rita.api().get("/api/v1/tickets/" + ticket).status()).isEqualTo(200);

		assertThat(marked(browserOf(rita).get("/portal").html(), ticket)).isTrue();
	}

	@Test
	void pendingReadsWaitingForYouToTheRequesterAndPendingToTheDesk() {
		User rita = newSignedUpUser("REQUESTER");
		User alex = newSignedUpUser("AGENT");
		var opened = openTicket(rita, "Shared drive missing");
		long ticket = opened.get("id").asLong();
		admin().patch("/api/v1/tickets/" + ticket,
				Map.of("version", opened.get("version").asLong(), "status", "PENDING", "assigneeId", alex.id()));

		String requesterPage = browserOf(rita).get("/tickets/" + ticket).html();

		assertThat(requesterPage).contains("Waiting for you").contains("What happens next");
		assertThat(browserOf(alex).get("/tickets/" + ticket).html()).doesNotContain("Waiting for you")
			.contains(">Pending<");
	}

	/** Moves the test clock on: each step of a story happens at its own instant. */
	private void later() {
		clock.advance(Duration.ofMinutes(1));
	}

	private static void reply(User author, long ticket, String body) {
		var reply = author.api()
			.post("/api/v1/tickets/" + ticket + "/messages", Map.of("body", body, "visibility", "PUBLIC"));
		assertThat(reply.status()).as("%s", reply).isEqualTo(201);
	}

	/**
	 * The ticket's row in a list carries the "new" marker and its badge (a desk row
	 * starts with its bulk-selection box).
	 */
	static boolean marked(String html, long ticket) {
		return Pattern.compile(
				"<tr(?: data-ticket=\"\\d+\")? class=\"has-news\">\\s*(?:<td[^>]*><input[^>]*></td>\\s*)?<td[^>]*>[^<]*</td>\\s*<td[^>]*>\\s*<a href=\"/tickets/"
						+ ticket
						+ "\">[^<]*</a><span class=\"badge news\">New<span class=\"visually-hidden\"> since you last looked")
			.matcher(html)
			.find();
	}

}
