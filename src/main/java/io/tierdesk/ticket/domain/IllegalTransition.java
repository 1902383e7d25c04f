package io.tierdesk.ticket.domain;

import java.util.stream.Collectors;

import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.Status;

/**
 * 409: the lifecycle does not allow this move; the message says which moves it does
 * allow.
 */
public class IllegalTransition extends Problem.Conflict {

	public IllegalTransition(Status from, Status to) {
		super("Illegal status change",
				"A ticket cannot go from " + from.label() + " to " + to.label() + ". " + allowed(from));
	}

	private static String allowed(Status from) {
		var next = Lifecycle.nextOf(from);
		if (next.isEmpty()) {
			return from.label() + " is final; open a new ticket instead.";
		}
		return "From " + from.label() + " it can go to: "
				+ next.stream().sorted().map(Status::label).collect(Collectors.joining(", ")) + ".";
	}

}
