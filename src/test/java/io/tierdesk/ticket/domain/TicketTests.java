package io.tierdesk.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.Visibility;
import org.junit.jupiter.api.Test;

class TicketTests {

	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	static final Actor REQUESTER = new Actor(7L, "Rita Requester", false);

	static final Actor AGENT = new Actor(3L, "Alex Agent", true);

	static Ticket aTicket() {
		var facts = new TicketFacts("Printer jams", "3rd floor", TicketType.INCIDENT, Level.MEDIUM, Level.HIGH, null,
				Channel.PORTAL, 7L, "Rita Requester", null);
		return new Ticket(facts, PriorityMatrixTests.defaultMatrix(), REQUESTER, NOW);
	}

	@Test
	void opensAsNewWithPriorityFromTheMatrixAndATimelineThatSaysWhy() {
		Ticket ticket = aTicket();

		assertThat(ticket.status()).isEqualTo(Status.NEW);
		assertThat(ticket.priority()).hasToString("P2");
		assertThat(ticket.takeUnsaved()).hasSize(2)
			.extracting(e -> ((TimelineEntry) e).text())
			.containsExactly("Incident raised via Portal by Rita Requester",
					"Priority P2: impact Medium × urgency High");
	}

	@Test
	void agentsFirstPublicReplyIsTheFirstResponseAndOpensTheTicket() {
		Ticket ticket = aTicket();

		ticket.addMessage(AGENT, "On my way", Visibility.PUBLIC, NOW.plus(Duration.ofMinutes(12)));

		assertThat(ticket.firstRespondedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(12)));
		assertThat(ticket.status()).isEqualTo(Status.OPEN);
	}

	@Test
	void internalNoteIsNotAResponse() {
		Ticket ticket = aTicket();

		ticket.addMessage(AGENT, "Checking logs", Visibility.INTERNAL, NOW.plusSeconds(60));

		assertThat(ticket.firstRespondedAt()).isNull();
		assertThat(ticket.status()).isEqualTo(Status.NEW);
	}

	@Test
	void resolvingStampsTheTimeAndReopeningClearsIt() {
		Ticket ticket = aTicket();
		ticket.changeStatus(Status.RESOLVED, AGENT, NOW.plusSeconds(600), "restarted the spooler");

		ticket.changeStatus(Status.OPEN, REQUESTER, NOW.plusSeconds(900), "jams again");

		assertThat(ticket.resolvedAt()).isNull();
		assertThat(ticket.takeUnsaved()).extracting(e -> ((TimelineEntry) e).text())
			.contains("Status Resolved (was New): restarted the spooler", "Reopened (was Resolved): jams again");
	}

	@Test
	void closedTicketTakesNoMoreMessages() {
		Ticket ticket = aTicket();
		ticket.changeStatus(Status.RESOLVED, AGENT, NOW, null);
		ticket.changeStatus(Status.CLOSED, AGENT, NOW, null);

		assertThatThrownBy(() -> ticket.addMessage(REQUESTER, "one more thing", Visibility.PUBLIC, NOW))
			.isInstanceOf(TicketClosed.class);
	}

	@Test
	void reprioritisingExplainsTheNewPriority() {
		Ticket ticket = aTicket();
		ticket.takeUnsaved();

		ticket.reprioritise(Level.HIGH, Level.HIGH, PriorityMatrixTests.defaultMatrix(), AGENT, NOW);

		assertThat(ticket.priority()).hasToString("P1");
		assertThat(ticket.takeUnsaved()).extracting(e -> ((TimelineEntry) e).text())
			.containsExactly("Priority P1: impact High × urgency High");
	}

	@Test
	void staleVersionIsRefused() {
		assertThatThrownBy(() -> aTicket().checkVersion(3)).isInstanceOf(StaleVersion.class)
			.hasMessageContaining("you sent version 3");
	}

}
