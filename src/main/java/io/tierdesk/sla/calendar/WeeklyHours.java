package io.tierdesk.sla.calendar;

import java.time.DayOfWeek;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One working interval of a weekday, as stored. */
@Embeddable
record WeeklyHours(@Enumerated(EnumType.STRING) DayOfWeek dayOfWeek, int startMinute, int endMinute) {

	WorkingInterval interval() {
		return new WorkingInterval(startMinute, endMinute);
	}

}
