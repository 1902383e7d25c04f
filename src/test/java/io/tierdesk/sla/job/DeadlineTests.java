package io.tierdesk.sla.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;
import org.junit.jupiter.api.Test;

/** A deadline's identity names its timer: the same deadline, the same timer. */
class DeadlineTests {

	private static final Instant DUE = Instant.parse("2026-11-24T14:00:00Z");

	@Test
	void namesItsTimerByTicketTargetKindAndDueInstant() {
		var deadline = new Deadline(1042, SlaTarget.RESOLUTION, DeadlineKind.BREACH, DUE);

		assertThat(deadline.instanceId()).isEqualTo("1042:RESOLUTION:BREACH:2026-11-24T14:00:00Z");
	}

	@Test
	void readsBackTheDeadlineItsTimerNames() {
		var deadline = new Deadline(7, SlaTarget.FIRST_RESPONSE, DeadlineKind.WARNING, DUE.plusSeconds(59));

		assertThat(Deadline.of(deadline.instanceId())).isEqualTo(deadline);
	}

	@Test
	void sameDeadlineScheduledTwiceIsOneTimer() {
		var first = new Deadline(7, SlaTarget.RESOLUTION, DeadlineKind.BREACH, DUE.plusMillis(300));
		var again = new Deadline(7, SlaTarget.RESOLUTION, DeadlineKind.BREACH, DUE.plusMillis(700));

		assertThat(again).isEqualTo(first);
		assertThat(again.instanceId()).isEqualTo(first.instanceId());
	}

	@Test
	void aMovedDeadlineIsAnotherTimer() {
		var first = new Deadline(7, SlaTarget.RESOLUTION, DeadlineKind.BREACH, DUE);
		var moved = new Deadline(7, SlaTarget.RESOLUTION, DeadlineKind.BREACH, DUE.plusSeconds(60));

		assertThat(moved.instanceId()).isNotEqualTo(first.instanceId());
	}

	@Test
	void theWarningAndTheBreachOfOneTargetAreTwoTimers() {
		var warning = new Deadline(7, SlaTarget.RESOLUTION, DeadlineKind.WARNING, DUE);
		var breach = new Deadline(7, SlaTarget.RESOLUTION, DeadlineKind.BREACH, DUE);

		assertThat(warning.instanceId()).isNotEqualTo(breach.instanceId());
	}

	@Test
	void refusesATimerNameThatIsNoDeadline() {
		assertThatThrownBy(() -> Deadline.of("1042:RESOLUTION:BREACH")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Deadline.of("x:RESOLUTION:BREACH:2026-11-24T14:00:00Z"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Deadline.of("1:LUNCH:BREACH:2026-11-24T14:00:00Z"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Deadline.of("1:RESOLUTION:BREACH:tomorrow"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
