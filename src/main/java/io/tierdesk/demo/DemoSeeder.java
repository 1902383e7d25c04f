package io.tierdesk.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Organisations;
import io.tierdesk.identity.Teams;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.ReplayClock;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.Categories.NewCategory;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo desk on the first start with {@code tierdesk.demo=true}, after the admin
 * exists. The marker row is written in the same transaction as the users and teams, so a
 * crash half-way leaves nothing and the next start seeds.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("tierdesk.demo")
class DemoSeeder implements ApplicationRunner {

	static final int TICKETS = 200;

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private final JdbcTemplate jdbc;

	private final Users users;

	private final Teams teams;

	private final Organisations organisations;

	private final Directory directory;

	private final Categories categories;

	private final Tickets tickets;

	private final TicketQueries queries;

	private final ReplayClock clock;

	DemoSeeder(JdbcTemplate jdbc, Users users, Teams teams, Organisations organisations, Directory directory,
			Categories categories, Tickets tickets, TicketQueries queries, ReplayClock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.teams = teams;
		this.organisations = organisations;
		this.directory = directory;
		this.categories = categories;
		this.tickets = tickets;
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Integer seeded = jdbc.queryForObject("select count(*) from demo_seed", Integer.class);
		if (seeded != null && seeded > 0) {
			return;
		}
		log.info("Seeding the demo desk: teams, people, categories and {} tickets", TICKETS);
		// Set up by the first admin, through the same checks as the admin pages.
		Caller admin = directory.firstAdmin().orElseThrow(() -> new IllegalStateException("no admin to seed as"));
		DemoPeople people = new DemoPeople(users, teams, organisations, directory, admin);
		seedCategories(admin);
		// A fixed seed: every demo desk looks the same, so screenshots and docs match
		// what a newcomer sees.
		DemoTickets stories = new DemoTickets(tickets, queries, people, new Random(20261125), clock);
		for (int i = 0; i < TICKETS; i++) {
			stories.play(i);
		}
		jdbc.update("insert into demo_seed (id, seeded_at) values (1, ?)", java.sql.Timestamp.from(clock.instant()));
		log.info("Demo desk ready: sign in as {} or {} with password {}", DemoPeople.emailOf("Alex Agent"),
				DemoPeople.emailOf("Rita Requester"), DemoPeople.PASSWORD);
	}

	private void seedCategories(Caller admin) {
		Map<String, Long> parents = new HashMap<>();
		for (String path : DemoStories.CATEGORIES) {
			String[] parts = path.split(" / ");
			Long parent = parents.computeIfAbsent(parts[0],
					top -> categories.create(new NewCategory(top, null), admin).id());
			categories.create(new NewCategory(parts[1], parent), admin);
		}
	}

}
