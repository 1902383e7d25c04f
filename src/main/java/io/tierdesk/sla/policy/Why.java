package io.tierdesk.sla.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * Why a policy applies to a ticket: its rule number and the conditions it matched (null:
 * the policy asks nothing about it), or that it is the default.
 */
public record Why(int rule, boolean byDefault, @Nullable Long organisationId, @Nullable TicketType type,
		@Nullable Long categoryId, @Nullable Channel channel) {

	static Why byDefault(int rule) {
		return new Why(rule, true, null, null, null, null);
	}

	/**
	 * The reason in words (rule 2: organisation Acme and type Incident), with the names
	 * the page knows.
	 */
	public String words(LongFunction<String> organisationName, LongFunction<String> categoryName) {
		if (byDefault) {
			return "the default policy: no other rule matches";
		}
		List<String> reasons = new ArrayList<>();
		if (organisationId != null) {
			reasons.add("organisation " + organisationName.apply(organisationId));
		}
		if (type != null) {
			reasons.add("type " + type.label());
		}
		if (categoryId != null) {
			reasons.add("category " + categoryName.apply(categoryId));
		}
		if (channel != null) {
			reasons.add("channel " + channel.label());
		}
		return "rule " + rule + ": " + (reasons.isEmpty() ? "any ticket" : String.join(", ", reasons));
	}

}
