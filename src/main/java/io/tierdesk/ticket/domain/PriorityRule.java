package io.tierdesk.ticket.domain;

import java.io.Serializable;

import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Priority;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One cell of the priority matrix. */
@Entity
public class PriorityRule {

	@EmbeddedId
	private Cell cell;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	protected PriorityRule() {
		this.cell = new Cell(Level.LOW, Level.LOW);
		this.priority = Priority.P4;
	}

	public PriorityRule(Level impact, Level urgency, Priority priority) {
		this.cell = new Cell(impact, urgency);
		this.priority = priority;
	}

	public Cell cell() {
		return cell;
	}

	public Priority priority() {
		return priority;
	}

	public void change(Priority newPriority) {
		this.priority = newPriority;
	}

	@Embeddable
	public record Cell(@Enumerated(EnumType.STRING) Level impact,
			@Enumerated(EnumType.STRING) Level urgency) implements Serializable {
	}

}
