package io.tierdesk.sla.job;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;
import io.tierdesk.ticket.Priority;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fired-once guard: a deadline acts only if it still stands and has not fired, and
 * records that it fired before acting, in the same transaction.
 */
class DeadlineFiringTests {

	private static final Instant NOW = Instant.parse("2026-11-24T14:00:05Z");

	private static final Deadline DEADLINE = new Deadline(1042, SlaTarget.RESOLUTION, DeadlineKind.BREACH,
			Instant.parse("2026-11-24T14:00:00Z"));

	private static final DeadlineBasis BASIS = new DeadlineBasis(3, Priority.P2, "Berlin office hours",
			ZoneId.of("Europe/Berlin"));

	private final DeadlineStandings standings = mock(DeadlineStandings.class);

	private final FiredDeadlines fired = mock(FiredDeadlines.class);

	private final DeadlineActions actions = mock(DeadlineActions.class);

	private final DeadlineFiring firing = new DeadlineFiring(
			new TransactionTemplate(mock(PlatformTransactionManager.class)), standings, fired, actions,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void actsOnADeadlineThatStandsAndHasNotFired() {
		when(standings.standing(DEADLINE)).thenReturn(Optional.of(BASIS));

		firing.fire(DEADLINE);

		verify(fired).record(DEADLINE, NOW);
		verify(actions).perform(DEADLINE, BASIS);
	}

	@Test
	void doesNothingForADeadlineThatFiredAlready() {
		when(standings.standing(DEADLINE)).thenReturn(Optional.of(BASIS));
		when(fired.fired(DEADLINE)).thenReturn(true);

		firing.fire(DEADLINE);

		verify(fired, never()).record(any(), any());
		verify(actions, never()).perform(any(), any());
	}

	@Test
	void doesNothingForADeadlineTheClockStoppedPausedOrMoved() {
		when(standings.standing(DEADLINE)).thenReturn(Optional.empty());

		firing.fire(DEADLINE);

		verify(fired, never()).record(any(), any());
		verify(actions, never()).perform(any(), any());
	}

	@Test
	void leavesTheActionsToTheRunThatRecordedItFirst() {
		when(standings.standing(DEADLINE)).thenReturn(Optional.of(BASIS));
		doThrow(new DuplicateKeyException("sla_deadline_fired")).when(fired).record(DEADLINE, NOW);

		firing.fire(DEADLINE);

		verify(actions, never()).perform(any(), any());
	}

}
