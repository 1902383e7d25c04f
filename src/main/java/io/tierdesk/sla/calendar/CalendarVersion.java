package io.tierdesk.sla.calendar;

/** A calendar's id and version, to tell which compiled calendars are still current. */
record CalendarVersion(long id, long version) {
}
