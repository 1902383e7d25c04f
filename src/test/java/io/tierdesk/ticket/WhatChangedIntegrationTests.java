package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
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

	private static final String PASSWORD = "a-long-enough-passphrase-42";

	@Test
	void aRequesterSeesATicketMarkedAfterAnAgentRepliesUntilTheyOpenIt() {
		Person rita = newPerson("REQUESTER");
		User agent = newAgent();
		long ticket = openTicket(rita.user(), "Printer offline").get("id").asLong();
		PageSession browser = rita.browser();
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
		Person rita = newPerson("REQUESTER");
		User agent = newAgent();
		var opened = openTicket(rita.user(), "VPN drops");
		long ticket = opened.get("id").asLong();
		later();
		assertThat(agent.api()
			.patch("/api/v1/tickets/" + ticket,
					Map.of("version", opened.get("version").asLong(), "status", "PENDING", "reason", "send the log"))
			.status()).isEqualTo(200);
		PageSession browser = rita.browser();
		browser.get("/tickets/" + ticket);

		later();
		// Her reply hands the pending ticket back to the desk: the system's status change
		// is a consequence of her action, not news for her.
		reply(rita.user(), ticket, "Log attached");

		assertThat(rita.user().api().get("/api/v1/tickets/" + ticket).json().get("status").asString())
			.isEqualTo("OPEN");
		assertThat(marked(browser.get("/portal").html(), ticket)).isFalse();
	}

	@Test
	void anAgentSeesAnAssignmentAndTheRequestersReplyAsNewInTheirQueue() {
		Person alex = newPerson("AGENT");
		User requester = newRequester();
		var opened = openTicket(requester, "Screen flickers");
		long ticket = opened.get("id").asLong();
		later();
		assertThat(admin()
			.patch("/api/v1/tickets/" + ticket,
					Map.of("version", opened.get("version").asLong(), "assigneeId", alex.id()))
			.status()).isEqualTo(200);
		PageSession browser = alex.browser();

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
		Person rita = newPerson("REQUESTER");
		long ticket = openTicket(rita.user(), "Laptop fan loud").get("id").asLong();
		later();
		reply(newAgent(), ticket, "Is it under warranty?");

		assertThat(rita.user().api().get("/api/v1/tickets/" + ticket).status()).isEqualTo(200);

		assertThat(marked(rita.browser().get("/portal").html(), ticket)).isTrue();
	}

	@Test
	void pendingReadsWaitingForYouToTheRequesterAndPendingToTheDesk() {
		Person rita = newPerson("REQUESTER");
		Person alex = newPerson("AGENT");
		var opened = openTicket(rita.user(), "Shared drive missing");
		long ticket = opened.get("id").asLong();
		admin().patch("/api/v1/tickets/" + ticket,
				Map.of("version", opened.get("version").asLong(), "status", "PENDING", "assigneeId", alex.id()));

		String requesterPage = rita.browser().get("/tickets/" + ticket).html();

		assertThat(requesterPage).contains("Waiting for you").contains("What happens next");
		assertThat(alex.browser().get("/tickets/" + ticket).html()).doesNotContain("Waiting for you")
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

	/** The ticket's row in a list carries the "new" marker and its badge. */
	static boolean marked(String html, long ticket) {
		return Pattern.compile("<tr class=\"has-news\">\\s*<td>[^<]*</td>\\s*<td><a href=\"/tickets/" + ticket
				+ "\">[^<]*</a><span class=\"badge news\">New<span class=\"visually-hidden\"> since you last looked")
			.matcher(html)
			.find();
	}

	/** A user who can sign in to the web pages, with an API client too. */
	private Person newPerson(String role) {
		String email = role.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
		var created = admin().post("/api/v1/users",
				Map.of("email", email, "name", "Test " + role, "role", role, "password", PASSWORD));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		long id = created.json().get("id").asLong();
		String token = admin().post("/api/v1/users/" + id + "/tokens", Map.of("name", "test"))
			.json()
			.get("token")
			.asString();
		return new Person(new User(id, email, admin().as(token)), port);
	}

	record Person(User user, int port) {

		long id() {
			return user.id();
		}

		PageSession browser() {
			return new PageSession(port).signIn(user.email(), PASSWORD);
		}

	}

}
