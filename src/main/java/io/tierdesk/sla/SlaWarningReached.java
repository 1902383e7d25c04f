package io.tierdesk.sla;

import java.time.Instant;
import java.util.List;

/**
 * A ticket's target reached its warning: {@code due} is the warning instant,
 * {@code policyId} the policy it runs on, {@code tell} the people the policy's actions
 * chose to tell (the channel module notifies them), {@code text} the words the timeline
 * shows.
 */
public record SlaWarningReached(long ticketId, SlaTarget target, Instant due, long policyId, List<Long> tell,
		String text, Instant at) {

	public SlaWarningReached {
		tell = List.copyOf(tell);
	}

}
