package io.tierdesk.sla;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.TicketType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The records of SLA policies as they cross the API: what an admin sends and what they
 * read back. The rules live in {@link io.tierdesk.sla.policy.PolicyCatalogue}.
 */
public final class SlaPolicies {

	public static final int NAME_MAX = 100;

	/** The longest target: a year of business minutes. */
	public static final long MINUTES_MAX = 525_600;

	public static final int WARN_AT_DEFAULT = 75;

	private SlaPolicies() {
	}

	/**
	 * The minutes a ticket of one priority may wait: for its first response, its
	 * resolution, and (optionally) each next response after the requester wrote.
	 */
	public record Targets(@Nullable Long firstResponseMinutes, @Nullable Long resolutionMinutes,
			@Nullable Long nextResponseMinutes) {
	}

	/** Which tickets a policy applies to; an empty (or missing) list matches any. */
	public record Conditions(@Nullable Set<Long> organisationIds, @Nullable Set<TicketType> types,
			@Nullable Set<Long> categoryIds, @Nullable Set<Channel> channels) {

		public static Conditions any() {
			return new Conditions(Set.of(), Set.of(), Set.of(), Set.of());
		}

	}

	/**
	 * A policy to create: targets per priority (a priority left out is not covered by
	 * it), the tickets it applies to, and {@code defaultPolicy: true} to make it the one
	 * that applies when no other matches.
	 */
	public record PolicyCommand(@NotBlank @Size(max = NAME_MAX) String name, @NotNull Long calendarId,
			@NotNull @Size(max = 4) Map<Priority, Targets> targets, @Nullable Conditions conditions,
			@Nullable Integer warnAtPercent, @Nullable Boolean defaultPolicy) {
	}

	/** A whole policy replacing the one at {@code version}. */
	public record PolicyChange(long version, @NotBlank @Size(max = NAME_MAX) String name, @NotNull Long calendarId,
			@NotNull @Size(max = 4) Map<Priority, Targets> targets, @Nullable Conditions conditions,
			@Nullable Integer warnAtPercent, @Nullable Boolean defaultPolicy) {

		public PolicyCommand command() {
			return new PolicyCommand(name, calendarId, targets, conditions, warnAtPercent, defaultPolicy);
		}

	}

	/**
	 * A policy as stored; {@code rule} is its place in the ordered list (1 is tried
	 * first).
	 */
	public record PolicyView(long id, String name, long calendarId, String calendar, Map<Priority, Targets> targets,
			Conditions conditions, int warnAtPercent, boolean defaultPolicy, int rule, long version) {
	}

	/** The policies in the order they are tried: every policy's id, once. */
	public record PolicyOrder(@NotNull @Size(max = 1000) List<Long> ids) {
	}

}
