package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * What a later module (SLA, routing, email, insight) will see: the ticket's domain
 * events, delivered after commit through the event publication registry, carrying ids and
 * facts.
 */
@Import(TicketEventsIntegrationTests.Listener.class)
class TicketEventsIntegrationTests extends ApiTestSupport {

	@Autowired
	Listener listener;

	@Test
	void publishesCreatedMessageAndStatusEventsAfterCommit() {
		User requester = newRequester();
		User agent = newAgent();
		long id = openTicket(requester, "Event source").get("id").asLong();

		agent.api().post("/api/v1/tickets/" + id + "/messages", Map.of("body", "Hello", "visibility", "PUBLIC"));
		agent.api().patch("/api/v1/tickets/" + id, Map.of("version", 1, "status", "PENDING"));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(listener.received()).anySatisfy(e -> assertThat(e).isEqualTo(new TicketCreated(id,
					TicketType.INCIDENT, Priority.P3, Channel.API, requester.id(), null, null, clock.instant())));
			assertThat(listener.received()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(MessageAdded.class,
					m -> assertThat(m.firstResponse()).isTrue()));
			assertThat(listener.received()).contains(
					new TicketStatusChanged(id, Status.NEW, Status.OPEN, null, clock.instant()),
					new TicketStatusChanged(id, Status.OPEN, Status.PENDING, agent.id(), clock.instant()));
		});
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listener {

		private final List<Object> received = new CopyOnWriteArrayList<>();

		/**
		 * Through a method: the listener is proxied (async, transactional), its fields
		 * are not the proxy's.
		 */
		List<Object> received() {
			return received;
		}

		@ApplicationModuleListener
		void on(TicketCreated event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(MessageAdded event) {
			received.add(event);
		}

		@ApplicationModuleListener
		void on(TicketStatusChanged event) {
			received.add(event);
		}

	}

}
