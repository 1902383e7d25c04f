package io.tierdesk.sla.demo;

import java.util.Map;
import java.util.Optional;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.sla.SlaPolicies.Conditions;
import io.tierdesk.sla.SlaPolicies.PolicyCommand;
import io.tierdesk.sla.SlaPolicies.Targets;
import io.tierdesk.sla.calendar.BusinessCalendarRepository;
import io.tierdesk.sla.policy.PolicyCatalogue;
import io.tierdesk.ticket.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo desk's SLA policies, before the demo tickets are played (the demo seeder runs
 * at order 10), so that their clocks start on them: "Standard" (the default) on the
 * Berlin office hours, and "Major incidents around the clock" for P1 on the 24×7
 * calendar, tried first. The demo calendars come first ({@link DemoCalendars}, order 7);
 * without them nothing is seeded here. Seeds once: an existing policy stops it.
 */
@Component
@Order(8)
@ConditionalOnBooleanProperty("tierdesk.demo")
class DemoPolicies implements ApplicationRunner {

	private static final String OFFICE = DemoCalendars.BERLIN_OFFICE;

	private static final String AROUND_THE_CLOCK = DemoCalendars.AROUND_THE_CLOCK;

	private static final Logger log = LoggerFactory.getLogger(DemoPolicies.class);

	private static final long HOUR = 60;

	private static final long DAY = 8 * HOUR;

	private final PolicyCatalogue policies;

	private final BusinessCalendarRepository calendars;

	private final Directory directory;

	DemoPolicies(PolicyCatalogue policies, BusinessCalendarRepository calendars, Directory directory) {
		this.policies = policies;
		this.calendars = calendars;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<Caller> admin = directory.firstAdmin();
		Optional<Long> office = calendar(OFFICE);
		Optional<Long> always = calendar(AROUND_THE_CLOCK);
		if (admin.isEmpty() || !policies.list(admin.get()).isEmpty()) {
			return;
		}
		if (office.isEmpty() || always.isEmpty()) {
			log.warn("No demo SLA policies: the calendars '{}' and '{}' do not exist", OFFICE, AROUND_THE_CLOCK);
			return;
		}
		policies.create(new PolicyCommand("Standard", office.get(),
				Map.of(Priority.P1, targets(30, 4 * HOUR), Priority.P2, targets(HOUR, 8 * HOUR), Priority.P3,
						targets(4 * HOUR, 3 * DAY), Priority.P4, targets(8 * HOUR, 5 * DAY)),
				Conditions.any(), null, true), admin.get());
		var major = policies.create(new PolicyCommand("Major incidents around the clock", always.get(),
				Map.of(Priority.P1, targets(15, 4 * HOUR)), Conditions.any(), null, false), admin.get());
		policies.move(major.id(), -1, admin.get());
		log.info("Demo SLA policies: Standard ({}) and Major incidents around the clock ({})", OFFICE,
				AROUND_THE_CLOCK);
	}

	private Optional<Long> calendar(String name) {
		return calendars.findByNameIgnoreCase(name).map(c -> c.id());
	}

	private static Targets targets(long firstResponse, long resolution) {
		return new Targets(firstResponse, resolution, null);
	}

}
