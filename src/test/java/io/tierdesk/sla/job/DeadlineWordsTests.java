package io.tierdesk.sla.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;
import io.tierdesk.ticket.Priority;
import org.junit.jupiter.api.Test;

/**
 * The timeline says a deadline in the calendar's zone, with the priority and calendar.
 */
class DeadlineWordsTests {

	private static final DeadlineBasis BERLIN = new DeadlineBasis(3, Priority.P2, "Berlin office hours",
			ZoneId.of("Europe/Berlin"));

	@Test
	void saysABreachWithItsDueTimeInTheCalendarsZone() {
		var breach = new Deadline(1, SlaTarget.RESOLUTION, DeadlineKind.BREACH, Instant.parse("2026-11-24T13:00:00Z"));

		assertThat(DeadlineWords.of(breach, BERLIN, breach.due()))
			.isEqualTo("Resolution target breached: due Tue 24 Nov 14:00 CET, P2 on Berlin office hours");
	}

	@Test
	void saysAWarningWithTheDueTimeOfTheTargetItWarnsOf() {
		var warning = new Deadline(1, SlaTarget.FIRST_RESPONSE, DeadlineKind.WARNING,
				Instant.parse("2026-07-07T07:45:00Z"));

		assertThat(DeadlineWords.of(warning, BERLIN, Instant.parse("2026-07-07T08:00:00Z")))
			.isEqualTo("First response target warning reached: due Tue 7 Jul 10:00 CEST, P2 on Berlin office hours");
	}

	@Test
	void givesTheReasonARuleRecordsInLowerCase() {
		var breach = new Deadline(1, SlaTarget.RESOLUTION, DeadlineKind.BREACH, Instant.parse("2026-11-24T13:00:00Z"));

		assertThat(DeadlineWords.reason(breach)).isEqualTo("resolution target breached");
	}

}
