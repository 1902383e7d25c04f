package io.tierdesk.sla;

import java.time.ZoneId;

/** A business calendar by name and zone, for showing which calendar a clock runs on. */
public record CalendarSummary(long id, String name, ZoneId zone) {
}
