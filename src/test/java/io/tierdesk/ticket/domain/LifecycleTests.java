package io.tierdesk.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierdesk.ticket.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTests {

	@ParameterizedTest
	@CsvSource({ "NEW,OPEN", "NEW,RESOLVED", "OPEN,PENDING", "OPEN,ON_HOLD", "PENDING,OPEN", "ON_HOLD,OPEN",
			"OPEN,RESOLVED", "RESOLVED,OPEN", "RESOLVED,CLOSED" })
	void allowsTheMovesOfTheServiceDeskProcess(Status from, Status to) {
		assertThat(Lifecycle.allows(from, to)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "NEW,CLOSED", "OPEN,CLOSED", "PENDING,CLOSED", "OPEN,NEW", "RESOLVED,PENDING" })
	void refusesShortcutsAroundResolution(Status from, Status to) {
		assertThatThrownBy(() -> Lifecycle.check(from, to)).isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("cannot go from");
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void closedIsFinal(Status to) {
		assertThat(Lifecycle.allows(Status.CLOSED, to)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void nothingGoesBackToNew(Status from) {
		assertThat(Lifecycle.allows(from, Status.NEW)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void explainsWhereAClosedTicketCanGo() {
		assertThatThrownBy(() -> Lifecycle.check(Status.CLOSED, Status.OPEN))
			.hasMessageContaining("Closed is final; open a new ticket instead.");
	}

}
