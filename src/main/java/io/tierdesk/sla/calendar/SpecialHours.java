package io.tierdesk.sla.calendar;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** One working interval of a special day (a half day), as stored. */
@Embeddable
record SpecialHours(LocalDate onDate, int startMinute, int endMinute) {

	WorkingInterval interval() {
		return new WorkingInterval(startMinute, endMinute);
	}

}
