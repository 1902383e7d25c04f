package io.tierdesk.sla.calendar;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** A closed day: that date, or (yearly) its month and day in every year. */
@Embeddable
record Holiday(LocalDate onDate, boolean yearly) {
}
