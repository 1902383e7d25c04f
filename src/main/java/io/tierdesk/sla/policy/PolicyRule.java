package io.tierdesk.sla.policy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * A policy as the clocks use it: a value, so that a computation never touches an entity.
 * {@code rule} is its place in the list (1 first).
 */
public record PolicyRule(long id, String name, long calendarId, int rule, boolean isDefault, int warnAtPercent,
		Map<Priority, Target> targets, Set<Long> organisationIds, Set<TicketType> types, Set<Long> categoryIds,
		Set<Channel> channels) {

	/** One priority's targets in business minutes. */
	public record Target(long firstResponseMinutes, long resolutionMinutes, @Nullable Long nextResponseMinutes) {
	}

	static PolicyRule of(SlaPolicy policy, int rule) {
		Map<Priority, Target> targets = policy.targets()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> new Target(e.getValue().firstResponseMinutes(),
					e.getValue().resolutionMinutes(), e.getValue().nextResponseMinutes())));
		return new PolicyRule(policy.id(), policy.name(), policy.calendarId(), rule, policy.isDefault(),
				policy.warnAtPercent(), targets, policy.organisationIds(), policy.types(), policy.categoryIds(),
				policy.channels());
	}

	/**
	 * Why it matches, or empty when one of its conditions does not; a policy without
	 * conditions matches every ticket.
	 */
	Optional<Why> matches(TicketTraits ticket) {
		if (!within(organisationIds, ticket.organisationId()) || !within(types, ticket.type())
				|| !within(categoryIds, ticket.categoryId()) || !within(channels, ticket.channel())) {
			return Optional.empty();
		}
		return Optional.of(new Why(rule, false, organisationIds.isEmpty() ? null : ticket.organisationId(),
				types.isEmpty() ? null : ticket.type(), categoryIds.isEmpty() ? null : ticket.categoryId(),
				channels.isEmpty() ? null : ticket.channel()));
	}

	boolean hasConditions() {
		return !(organisationIds.isEmpty() && types.isEmpty() && categoryIds.isEmpty() && channels.isEmpty());
	}

	private static <T> boolean within(Set<T> allowed, @Nullable T value) {
		return allowed.isEmpty() || (value != null && allowed.contains(value));
	}

}
