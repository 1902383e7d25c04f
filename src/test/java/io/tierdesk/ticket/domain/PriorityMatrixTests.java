package io.tierdesk.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityMatrixTests {

	/** API.md's default matrix, as the migration seeds it. */
	static PriorityMatrix defaultMatrix() {
		return PriorityMatrix.of(List.of(new PriorityRule(Level.HIGH, Level.HIGH, Priority.P1),
				new PriorityRule(Level.HIGH, Level.MEDIUM, Priority.P2),
				new PriorityRule(Level.MEDIUM, Level.HIGH, Priority.P2),
				new PriorityRule(Level.MEDIUM, Level.MEDIUM, Priority.P3),
				new PriorityRule(Level.HIGH, Level.LOW, Priority.P3),
				new PriorityRule(Level.LOW, Level.HIGH, Priority.P3),
				new PriorityRule(Level.MEDIUM, Level.LOW, Priority.P4),
				new PriorityRule(Level.LOW, Level.MEDIUM, Priority.P4),
				new PriorityRule(Level.LOW, Level.LOW, Priority.P4)));
	}

	@ParameterizedTest
	@CsvSource({ "HIGH,HIGH,P1", "HIGH,MEDIUM,P2", "MEDIUM,HIGH,P2", "MEDIUM,MEDIUM,P3", "HIGH,LOW,P3", "LOW,HIGH,P3",
			"MEDIUM,LOW,P4", "LOW,MEDIUM,P4", "LOW,LOW,P4" })
	void defaultMatrixMatchesTheContract(Level impact, Level urgency, Priority expected) {
		assertThat(defaultMatrix().priorityOf(impact, urgency)).isEqualTo(expected);
	}

	@Test
	void explainsThePriorityInWords() {
		assertThat(PriorityMatrix.explain(Priority.P2, Level.HIGH, Level.MEDIUM))
			.isEqualTo("Priority P2: impact High × urgency Medium");
	}

}
