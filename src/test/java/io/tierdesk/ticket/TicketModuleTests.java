package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.tierdesk.DatabaseProfiles;
import io.tierdesk.MutableClock;
import io.tierdesk.TestClockConfiguration;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.TeamModel;
import io.tierdesk.identity.Teams;
import io.tierdesk.identity.Teams.NewTeam;
import io.tierdesk.identity.UserViews.NewUser;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.TicketViews.NewTicket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ticket module with the one module it depends on, {@code identity}, both real
 * (DIRECT_DEPENDENCIES): people, teams and memberships are what the ticket rules check,
 * and mocking the directory would test the mocks rather than those checks. The rest of
 * the application ({@code audit}, {@code demo}) is not started. The database is H2 or
 * PostgreSQL with the Flyway schema. {@link Scenario} catches each event as the ticket
 * module publishes it, so each test states what a later module (SLA, routing, email) will
 * be told. The module structure is verified once for all by {@code ModularityTests}.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@Import(TestClockConfiguration.class)
class TicketModuleTests {

	private static final SystemActor ROUTING = new SystemActor("Routing");

	private final Tickets tickets;

	private final TicketAutomation automation;

	private final Users users;

	private final Teams teams;

	private final Directory directory;

	private final MutableClock clock;

	private Caller requester;

	private Caller agent;

	private long team;

	TicketModuleTests(Tickets tickets, TicketAutomation automation, Users users, Teams teams, Directory directory,
			MutableClock clock) {
		this.tickets = tickets;
		this.automation = automation;
		this.users = users;
		this.teams = teams;
		this.directory = directory;
		this.clock = clock;
	}

	@BeforeAll
	void givenARequesterAndAnAgentOfATier2Team() {
		Caller admin = directory.firstAdmin().orElseThrow();
		requester = person(admin, "Rita Requester", Role.REQUESTER);
		agent = person(admin, "Alex Agent", Role.AGENT);
		team = teams.create(new NewTeam("Module tier 2 " + UUID.randomUUID(), TeamModel.TIERED, 2), admin).id();
		teams.addMember(team, agent.id(), admin);
	}

	@Test
	void publishesTicketCreatedWithWhatRoutingAndSlaRulesNeedWhenAnAgentLogsACall(Scenario scenario) {
		var call = new NewTicket("Phone call: printer", "It jams", TicketType.SERVICE_REQUEST, Level.HIGH, Level.LOW,
				null, requester.email(), null, Channel.PHONE, team, null);

		scenario.stimulate(() -> tickets.open(call, agent, null))
			.andWaitForEventOfType(TicketCreated.class)
			.matching(event -> event.requesterId() == requester.id())
			.toArriveAndVerify((event,
					created) -> assertThat(event).isEqualTo(new TicketCreated(created.ticket().id(),
							TicketType.SERVICE_REQUEST, Channel.PHONE, null, requester.id(), null, Level.HIGH,
							Level.LOW, Priority.P3, team, Actor.of(agent), clock.instant())));
	}

	@Test
	void publishesTicketRoutedUnderTheSystemsNameWhenAModuleRoutesATicket(Scenario scenario) {
		long id = openedByTheRequester("Monitor flickers");

		scenario.stimulate(() -> automation.route(id, team, "category Hardware matches rule 3", ROUTING))
			.andWaitForEventOfType(TicketRouted.class)
			.matching(event -> event.ticketId() == id)
			.toArriveAndVerify(event -> assertThat(event).isEqualTo(new TicketRouted(id, null, team,
					"category Hardware matches rule 3", Actor.of(ROUTING), clock.instant())));
	}

	@Test
	void refusesToRouteToATeamThatDoesNotExistAndPublishesNothing(AssertablePublishedEvents events) {
		long id = openedByTheRequester("VPN drops");

		assertThatThrownBy(() -> automation.route(id, Long.MAX_VALUE, "rule 9", ROUTING))
			.isInstanceOf(Problem.InvalidInput.class);

		assertThat(events.ofType(TicketRouted.class)).isEmpty();
		assertThat(automation.find(id)).hasValueSatisfying(ticket -> assertThat(ticket.team()).isNull());
	}

	@Test
	void publishesTheOpeningOfANewTicketByTierdeskWhenAnAgentReplies(Scenario scenario) {
		long id = openedByTheRequester("Mail bounces");

		scenario
			.stimulate(
					() -> tickets.addMessage(id, new NewMessage("Try again now", Visibility.PUBLIC), List.of(), agent))
			.andWaitForEventOfType(TicketStatusChanged.class)
			.matching(event -> event.ticketId() == id)
			.toArriveAndVerify(event -> assertThat(event).isEqualTo(new TicketStatusChanged(id, Status.NEW, Status.OPEN,
					"an agent replied", Actor.of(SystemActor.TIERDESK), clock.instant())));
	}

	private long openedByTheRequester(String subject) {
		var ticket = new NewTicket(subject, "details", null, null, null, null, null, null, null, null, null);
		return tickets.open(ticket, requester, null).ticket().id();
	}

	private Caller person(Caller admin, String name, Role role) {
		String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
		long id = users.create(new NewUser(email, name, role, null, null, null), admin).id();
		return directory.caller(id).orElseThrow();
	}

}
