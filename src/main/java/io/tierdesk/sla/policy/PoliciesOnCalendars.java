package io.tierdesk.sla.policy;

import java.util.List;

import io.tierdesk.sla.calendar.CalendarUsers;
import org.springframework.stereotype.Component;

/**
 * Policies run on calendars: a calendar a policy names cannot be deleted (there is no
 * foreign key, so nothing else would stop it), and the admin pages say which policies use
 * each calendar.
 */
@Component
class PoliciesOnCalendars implements CalendarUsers {

	private final SlaPolicyRepository policies;

	PoliciesOnCalendars(SlaPolicyRepository policies) {
		this.policies = policies;
	}

	@Override
	public List<String> usersOf(long calendarId) {
		return policies.findByCalendarIdOrderByPosition(calendarId).stream().map(p -> "policy " + p.name()).toList();
	}

}
