package io.tierdesk.ticket.desk;

import java.time.Instant;

import io.tierdesk.ticket.SlaSnapshot;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.jspecify.annotations.Nullable;

/**
 * What happens next, told to the requester at the top of their ticket: who has it, what
 * it waits for, and, when the SLA module has given the ticket due times, by when the desk
 * aims to answer ({@code answerBy}, until the first answer) and to solve it
 * ({@code solveBy}; unknown while the clock is paused). Resolved tickets show their
 * resolution instead.
 */
record NextStep(String text, @Nullable Instant answerBy, @Nullable Instant solveBy) {

	static NextStep of(TicketView ticket) {
		String who = ticket.assignee() != null ? ticket.assignee().name() : "The service desk";
		return switch (ticket.status()) {
			case NEW -> expecting(ticket, "We have your ticket. The service desk will pick it up soon.");
			case OPEN -> expecting(ticket, who + (ticket.assignee() != null ? " is working on it." : " has it."));
			case PENDING -> new NextStep("Waiting for you: " + who
					+ " needs an answer from you. Reply below and the ticket goes back to them.", null, null);
			case ON_HOLD -> new NextStep(
					"Waiting on a supplier. " + who + " will tell you here as soon as there is news.", null, null);
			case RESOLVED -> new NextStep(who + " resolved it. Tell us whether that solved it.", null, null);
			case CLOSED -> new NextStep(
					"This ticket is closed. Still a problem? A follow-up starts a new ticket linked to this one.", null,
					null);
		};
	}

	/**
	 * An open ticket with due times: the first answer while none came, and the solution.
	 */
	private static NextStep expecting(TicketView ticket, String text) {
		SlaSnapshot sla = ticket.sla();
		if (sla == null) {
			return new NextStep(text, null, null);
		}
		Instant answer = ticket.firstRespondedAt() == null ? sla.firstResponseDueAt() : null;
		return new NextStep(text, answer, sla.paused() ? null : sla.resolutionDueAt());
	}

	/** Whether the desk has promised a time, for "We aim to…". */
	public boolean promises() {
		return answerBy != null || solveBy != null;
	}

}
