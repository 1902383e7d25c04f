package io.tierdesk.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.tierdesk.ticket.Actor;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.SystemActor;
import io.tierdesk.ticket.TicketAssigned;
import io.tierdesk.ticket.TicketPrioritised;
import io.tierdesk.ticket.TicketRouted;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.Visibility;
import org.junit.jupiter.api.Test;

class TicketTests {

	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	static final Actor REQUESTER = new Actor(7L, "Rita Requester", Actor.Kind.REQUESTER);

	static final Actor AGENT = new Actor(3L, "Alex Agent", Actor.Kind.AGENT);

	static final Actor SLA = Actor.of(new SystemActor("SLA"));

	static final Actor EMAIL = Actor.of(new SystemActor("Email"));

	static Ticket aTicket() {
		var facts = new TicketFacts("Printer jams", "3rd floor", TicketType.INCIDENT, Level.MEDIUM, Level.HIGH, null,
				Channel.PORTAL, 7L, "Rita Requester", null, null, null);
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

		ticket.addMessage(AGENT, AGENT, "On my way", Visibility.PUBLIC, NOW.plus(Duration.ofMinutes(12)));

		assertThat(ticket.firstRespondedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(12)));
		assertThat(ticket.status()).isEqualTo(Status.OPEN);
	}

	@Test
	void internalNoteIsNotAResponse() {
		Ticket ticket = aTicket();

		ticket.addMessage(AGENT, AGENT, "Checking logs", Visibility.INTERNAL, NOW.plusSeconds(60));

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

		assertThatThrownBy(() -> ticket.addMessage(REQUESTER, REQUESTER, "one more thing", Visibility.PUBLIC, NOW))
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

	@Test
	void aRuleRaisesThePriorityWithItsReasonUntilImpactOrUrgencyChange() {
		Ticket ticket = aTicket();
		ticket.takeUnsaved();

		ticket.overridePriority(Priority.P1, "resolution target breached", SLA, NOW);

		assertThat(ticket.priority()).isEqualTo(Priority.P1);
		assertThat(ticket.priorityReason()).isEqualTo("Priority P1: resolution target breached");
		assertThat(ticket.takeUnsaved()).singleElement()
			.satisfies(e -> assertThat(((TimelineEntry) e).text())
				.isEqualTo("Priority P2 → P1 by SLA: resolution target breached"))
			.satisfies(e -> assertThat(((TimelineEntry) e).systemActor()).isEqualTo("SLA"));
		ticket.reprioritise(Level.LOW, Level.LOW, PriorityMatrixTests.defaultMatrix(), AGENT, NOW);
		assertThat(ticket.priorityReason()).isEqualTo("Priority P4: impact Low × urgency Low");
	}

	@Test
	void movingToATeamClearsAnAssigneeWhoIsNotAMember() {
		Ticket ticket = aTicket();
		ticket.assign(3L, "Alex Agent", null, AGENT, NOW);
		ticket.takeUnsaved();

		ticket.routeTo(new TeamRef(20, "Infrastructure (tier 2)", Set.of(4L)), "needs a network engineer", AGENT, NOW);

		assertThat(ticket.assigneeId()).isNull();
		assertThat(ticket.takeUnsaved()).extracting(e -> ((TimelineEntry) e).text())
			.containsExactly("Team Infrastructure (tier 2): needs a network engineer",
					"Unassigned: the assignee is not a member of Infrastructure (tier 2)");
	}

	@Test
	void movingToATeamKeepsAnAssigneeWhoIsAMember() {
		Ticket ticket = aTicket();
		ticket.assign(3L, "Alex Agent", null, AGENT, NOW);

		ticket.routeTo(new TeamRef(20, "Infrastructure (tier 2)", Set.of(3L)), null, AGENT, NOW);

		assertThat(ticket.assigneeId()).isEqualTo(3L);
	}

	@Test
	void eventsSayWhatChangedFromWhatToWhatAndWhoDidIt() {
		Ticket ticket = aTicket();
		ticket.assign(3L, "Alex Agent", null, AGENT, NOW);
		ticket.clearEvents();

		ticket.routeTo(new TeamRef(20, "Infrastructure (tier 2)", Set.of()), "escalated", AGENT, NOW);
		ticket.overridePriority(Priority.P1, "breached", SLA, NOW);

		assertThat(ticket.eventsAs(1)).containsExactly(new TicketRouted(1, null, 20L, "escalated", AGENT, NOW),
				new TicketAssigned(1, 3L, null, "the assignee is not a member of Infrastructure (tier 2)", AGENT, NOW),
				new TicketPrioritised(1, Priority.P2, Priority.P1, Level.MEDIUM, Level.HIGH, "breached", SLA, NOW));
	}

	@Test
	void aMessageAddedForAParticipantIsTheirsAndSaysThroughWhichChannel() {
		Ticket ticket = aTicket();
		ticket.takeUnsaved();

		ticket.addMessage(REQUESTER, EMAIL, "Still broken", Visibility.PUBLIC, NOW);

		assertThat(ticket.takeUnsaved()).filteredOn(TimelineEntry.class::isInstance)
			.singleElement()
			.satisfies(e -> assertThat(((TimelineEntry) e).text()).isEqualTo("Reply from Rita Requester via Email"))
			.satisfies(e -> assertThat(((TimelineEntry) e).actorId()).isEqualTo(7L));
	}

	@Test
	void aSystemMessageIsNoFirstResponse() {
		Ticket ticket = aTicket();

		ticket.addMessage(SLA, SLA, "Resolution target breached", Visibility.PUBLIC, NOW);

		assertThat(ticket.firstRespondedAt()).isNull();
		assertThat(ticket.status()).isEqualTo(Status.NEW);
	}

}
