package io.tierdesk.sla.calendar;

import java.util.List;

/**
 * Whatever runs on a calendar (SLA policies) says so here, and a calendar in use cannot
 * be deleted. Implement it as a bean; every implementation is asked.
 */
public interface CalendarUsers {

	/** Names of what uses the calendar ("policy Standard"), empty when nothing does. */
	List<String> usersOf(long calendarId);

}
