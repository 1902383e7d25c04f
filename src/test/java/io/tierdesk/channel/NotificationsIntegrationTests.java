package io.tierdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The desk's notification list: each person sees their own, newest first, once per key;
 * reading marks them read, and the header counts what is unread.
 */
class NotificationsIntegrationTests extends ApiTestSupport {

	@Autowired
	Notifications notifications;

	@Test
	void listsTheCallersNotificationsNewestFirst() {
		User agent = newAgent();
		notifications.tell(agent.id(), "First", 1L, "k1");
		notifications.tell(agent.id(), "Second", 2L, "k2");

		JsonNode list = agent.api().get("/api/v1/notifications").json();

		assertThat(list.get("total").asInt()).isEqualTo(2);
		assertThat(list.get("items").get(0).get("text").asString()).isEqualTo("Second");
		assertThat(list.get("items").get(1).get("text").asString()).isEqualTo("First");
		assertThat(list.get("items").get(0).get("ticketId").asLong()).isEqualTo(2);
		assertThat(list.get("items").get(0).get("readAt").isNull()).isTrue();
	}

	@Test
	void tellingAgainWithTheSameKeyIsOneNotification() {
		User agent = newAgent();

		notifications.tell(agent.id(), "Resolution target breached", 1L, "sla:1:RESOLUTION:BREACH");
		notifications.tell(agent.id(), "Resolution target breached", 1L, "sla:1:RESOLUTION:BREACH");

		assertThat(agent.api().get("/api/v1/notifications").json().get("total").asInt()).isEqualTo(1);
	}

	@Test
	void nobodySeesOrReadsAnotherPersonsNotification() {
		User agent = newAgent();
		User other = newAgent();
		notifications.tell(agent.id(), "Yours only", null, "k");
		long id = agent.api().get("/api/v1/notifications").json().get("items").get(0).get("id").asLong();

		assertThat(other.api().get("/api/v1/notifications").json().get("total").asInt()).isZero();
		assertThat(other.api().post("/api/v1/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
		assertThat(notifications.unread(agent.id())).isEqualTo(1);
	}

	@Test
	void marksOneThenAllRead() {
		User agent = newAgent();
		notifications.tell(agent.id(), "One", null, "k1");
		notifications.tell(agent.id(), "Two", null, "k2");
		notifications.tell(agent.id(), "Three", null, "k3");
		long newest = agent.api().get("/api/v1/notifications").json().get("items").get(0).get("id").asLong();

		var read = agent.api().post("/api/v1/notifications/" + newest + "/read", Map.of());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("readAt").isNull()).isFalse();
		assertThat(notifications.unread(agent.id())).isEqualTo(2);

		assertThat(agent.api().post("/api/v1/notifications/read", Map.of()).status()).isEqualTo(204);
		assertThat(notifications.unread(agent.id())).isZero();
	}

	@Test
	void cutsATooLongText() {
		User agent = newAgent();

		notifications.tell(agent.id(), "x".repeat(2000), null, "long");

		String text = agent.api().get("/api/v1/notifications").json().get("items").get(0).get("text").asString();
		assertThat(text).hasSize(Notifications.TEXT_MAX).endsWith("…");
	}

	@Test
	void headerCountsUnreadAndOpeningOneGoesToItsTicketAndMarksItRead() {
		User agent = newSignedUpUser("AGENT");
		long ticket = openTicket(newRequester(), "Printer on fire").get("id").asLong();
		notifications.tell(agent.id(), "TD-" + ticket + " Printer on fire — Resolution target breached", ticket, "a");
		notifications.tell(agent.id(), "Another", null, "b");
		var browser = browserOf(agent);

		var page = browser.get("/notifications");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("aria-label=\"Notifications, 2 unread\"")
			.contains("Resolution target breached");
		long id = agent.api().get("/api/v1/notifications").json().get("items").get(1).get("id").asLong();

		var opened = browser.get("/notifications/" + id);
		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.location()).endsWith("/tickets/" + ticket);
		assertThat(browser.get("/desk").html()).contains("aria-label=\"Notifications, 1 unread\"");

		browser.get("/notifications");
		var all = browser.post("/notifications/read", Map.of());
		assertThat(all.status()).isEqualTo(302);
		assertThat(browser.get("/notifications").html()).contains("aria-label=\"Notifications, none unread\"")
			.contains("All notifications marked read.");
	}

	@Test
	void requestersSeeNoEmptyNotificationLink() {
		User requester = newSignedUpUser("REQUESTER");

		assertThat(browserOf(requester).get("/portal").html()).doesNotContain("Notifications,");
	}

}
