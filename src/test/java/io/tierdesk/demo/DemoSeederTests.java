package io.tierdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import io.tierdesk.DatabaseProfiles;
import io.tierdesk.TestClockConfiguration;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.sla.BusinessCalendars;
import io.tierdesk.sla.Calendars;
import io.tierdesk.sla.demo.DemoCalendars;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketViews.TicketFilter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@Tag(DatabaseProfiles.OWN_H2_DATABASE)
@SpringBootTest(properties = { "tierdesk.demo=true",
		"spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" })
@ActiveProfiles(resolver = DatabaseProfiles.class)
@Import(TestClockConfiguration.class)
class DemoSeederTests {

	@Autowired
	DemoSeeder seeder;

	@Autowired
	TicketQueries queries;

	@Autowired
	Directory directory;

	@Autowired
	Calendars calendars;

	@Autowired
	BusinessCalendars businessTime;

	@Autowired
	io.tierdesk.sla.policy.PolicyCatalogue policies;

	@Test
	void seedsABelievableDeskOnce() throws Exception {
		var agent = directory.callerByEmail(DemoPeople.emailOf("Alex Agent")).orElseThrow();

		seeder.run(null);

		assertThat(queries.count(TicketFilter.none(), agent)).isEqualTo(DemoSeeder.TICKETS);
		assertThat(directory.allTeams()).extracting(TeamSummary::name)
			.contains("Service Desk", "Infrastructure", "Platform Experts", "Vendor: Acme Hosting",
					"Major Incident Swarm");
		for (Status status : Status.values()) {
			var filter = new TicketFilter(Set.of(status), false, Set.of(), null, false, null, Set.of(), Set.of(),
					Set.of(), null);
			assertThat(queries.count(filter, agent)).as("tickets %s", status).isPositive();
		}
		var sample = queries.list(TicketFilter.none(),
				PageQuery.of(0, 50, "updatedAt,desc", TicketQueries.SORTABLE, "priority"), agent);
		assertThat(sample.items()).anySatisfy(t -> assertThat(queries.timeline(t.id(), agent)).hasSizeGreaterThan(4));
	}

	@Test
	void seedsBerlinOfficeHoursWithGermanHolidaysAndAroundTheClock() throws Exception {
		var agent = directory.callerByEmail(DemoPeople.emailOf("Alex Agent")).orElseThrow();
		seeder.run(null);

		var byName = calendars.all(agent)
			.stream()
			.collect(java.util.stream.Collectors.toMap(Calendars.CalendarView::name, Calendars.CalendarView::id));

		assertThat(byName).containsKeys(DemoCalendars.BERLIN_OFFICE, DemoCalendars.AROUND_THE_CLOCK);
		// Seeded before the demo tickets, so that their clocks start on them.
		assertThat(policies.list(directory.firstAdmin().orElseThrow()))
			.extracting(io.tierdesk.sla.SlaPolicies.PolicyView::name)
			.containsExactly("Major incidents around the clock", "Standard");
		long berlin = byName.get(DemoCalendars.BERLIN_OFFICE);
		// Wednesday 23 Dec 2026 16:00 in Berlin: an hour that day, an hour on the half
		// day.
		assertThat(businessTime.due(berlin, Instant.parse("2026-12-23T15:00:00Z"), 120))
			.isEqualTo(Instant.parse("2026-12-24T08:00:00Z"));
		// Maundy Thursday 2027 16:00: Good Friday, the weekend and Easter Monday are
		// closed.
		assertThat(businessTime.due(berlin, Instant.parse("2027-03-25T15:00:00Z"), 120))
			.isEqualTo(Instant.parse("2027-03-30T07:00:00Z"));
	}

}
