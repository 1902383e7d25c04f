package io.tierdesk.sla;

import java.time.Instant;
import java.util.List;

/**
 * A ticket's target passed its due instant unmet: {@code policyId} the policy it runs on,
 * {@code tell} the people the policy's actions chose to tell (the channel module notifies
 * them), {@code text} the words the timeline shows.
 */
public record SlaBreached(long ticketId, SlaTarget target, Instant due, long policyId, List<Long> tell, String text,
		Instant at) {

	public SlaBreached {
		tell = List.copyOf(tell);
	}

}
