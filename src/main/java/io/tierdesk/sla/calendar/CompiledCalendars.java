package io.tierdesk.sla.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.tierdesk.platform.RecentRead;
import org.springframework.stereotype.Component;

/**
 * Every calendar compiled once and kept: read again at most every 30 seconds (so a node
 * sees another node's change within that), at once after a change on this node commits,
 * and when asked for an id it does not know yet. A reread compiles only calendars whose
 * version changed.
 */
@Component
public class CompiledCalendars {

	private final BusinessCalendarRepository calendars;

	private final RecentRead<Map<Long, Compiled>> all;

	private volatile Map<Long, Compiled> previous = Map.of();

	CompiledCalendars(BusinessCalendarRepository calendars, Clock clock) {
		this.calendars = calendars;
		this.all = new RecentRead<>(Duration.ofSeconds(30), clock, this::read);
	}

	/** A calendar with its compiled arithmetic. */
	public record Compiled(long id, String name, ZoneId zone, long version, CompiledCalendar calendar) {
	}

	public Optional<Compiled> find(long id) {
		Compiled found = all.get().get(id);
		return Optional.ofNullable(found != null ? found : all.reload().get(id));
	}

	public void forgetAfterCommit() {
		all.forgetAfterCommit();
	}

	private Map<Long, Compiled> read() {
		Map<Long, Compiled> known = previous;
		Map<Long, Compiled> current = new HashMap<>();
		for (CalendarVersion row : calendars.findVersions()) {
			Compiled same = known.get(row.id());
			if (same != null && same.version() == row.version()) {
				current.put(row.id(), same);
			}
			else {
				calendars.findById(row.id()).map(CompiledCalendars::compile).ifPresent(c -> current.put(c.id(), c));
			}
		}
		previous = Map.copyOf(current);
		return previous;
	}

	private static Compiled compile(BusinessCalendar calendar) {
		CalendarRules rules = calendar.rules();
		return new Compiled(calendar.id(), calendar.name(), rules.zone(), calendar.version(),
				CompiledCalendar.of(rules));
	}

}
