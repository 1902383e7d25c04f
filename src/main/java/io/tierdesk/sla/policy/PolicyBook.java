package io.tierdesk.sla.policy;

import java.util.List;
import java.util.Optional;

/**
 * The policies in the order they are tried, read once for one computation: the first
 * policy whose conditions match the ticket and that has targets for its priority wins;
 * when none does, the default policy applies (if it has targets for that priority).
 */
public record PolicyBook(List<PolicyRule> rules) {

	public Optional<Choice> choose(TicketTraits ticket) {
		for (PolicyRule rule : rules) {
			// A default policy without conditions is the fallback, said as such; with
			// conditions it is also tried in its place by them.
			boolean fallbackOnly = rule.isDefault() && !rule.hasConditions();
			if (!fallbackOnly && rule.targets().containsKey(ticket.priority())) {
				Optional<Why> why = rule.matches(ticket);
				if (why.isPresent()) {
					return Optional.of(new Choice(rule, why.get()));
				}
			}
		}
		return rules.stream()
			.filter(PolicyRule::isDefault)
			.filter(rule -> rule.targets().containsKey(ticket.priority()))
			.findFirst()
			.map(rule -> new Choice(rule, Why.byDefault(rule.rule())));
	}

	/** The policy that applies and why, in words for the ticket page. */
	public record Choice(PolicyRule rule, Why why) {

	}

}
