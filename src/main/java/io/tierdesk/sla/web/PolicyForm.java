package io.tierdesk.sla.web;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.tierdesk.sla.SlaPolicies;
import io.tierdesk.sla.SlaPolicies.Conditions;
import io.tierdesk.sla.SlaPolicies.PolicyCommand;
import io.tierdesk.sla.SlaPolicies.PolicyView;
import io.tierdesk.sla.SlaPolicies.Targets;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.sla.action.PolicyAction;
import io.tierdesk.sla.action.PolicyActionPlan;
import io.tierdesk.sla.action.SlaAction;
import io.tierdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * The admin form of one policy: targets as a P1–P4 table (a row left empty has no
 * targets), conditions as choices, the calendar picked from a list. The API's checks
 * apply ({@link io.tierdesk.sla.policy.PolicyCatalogue}), with the same field names
 * ({@code targets.P1.resolutionMinutes}).
 */
record PolicyForm(@Nullable String name, @Nullable Long calendarId, @Nullable Integer warnAtPercent,
		@Nullable Boolean defaultPolicy, @Nullable Long version, @Nullable Long p1First, @Nullable Long p1Resolution,
		@Nullable Long p1Next, @Nullable Long p2First, @Nullable Long p2Resolution, @Nullable Long p2Next,
		@Nullable Long p3First, @Nullable Long p3Resolution, @Nullable Long p3Next, @Nullable Long p4First,
		@Nullable Long p4Resolution, @Nullable Long p4Next, @Nullable List<Long> organisationIds,
		@Nullable List<TicketType> types, @Nullable List<Long> categoryIds, @Nullable List<Channel> channels,
		@Nullable List<SlaAction> warningActions, @Nullable Long warningTeamId, @Nullable List<SlaAction> breachActions,
		@Nullable Long breachTeamId) {

	static PolicyForm blank() {
		return new PolicyForm("", null, SlaPolicies.WARN_AT_DEFAULT, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null,
				List.of(), null);
	}

	static PolicyForm of(PolicyView p, PolicyActionPlan plan) {
		Map<Priority, Targets> t = p.targets();
		Targets none = new Targets(null, null, null);
		Targets p1 = t.getOrDefault(Priority.P1, none);
		Targets p2 = t.getOrDefault(Priority.P2, none);
		Targets p3 = t.getOrDefault(Priority.P3, none);
		Targets p4 = t.getOrDefault(Priority.P4, none);
		Conditions c = p.conditions();
		return new PolicyForm(p.name(), p.calendarId(), p.warnAtPercent(), p.defaultPolicy(), p.version(),
				p1.firstResponseMinutes(), p1.resolutionMinutes(), p1.nextResponseMinutes(), p2.firstResponseMinutes(),
				p2.resolutionMinutes(), p2.nextResponseMinutes(), p3.firstResponseMinutes(), p3.resolutionMinutes(),
				p3.nextResponseMinutes(), p4.firstResponseMinutes(), p4.resolutionMinutes(), p4.nextResponseMinutes(),
				List.copyOf(c.organisationIds()), List.copyOf(c.types()), List.copyOf(c.categoryIds()),
				List.copyOf(c.channels()), kinds(plan.warning()), team(plan.warning()), kinds(plan.breach()),
				team(plan.breach()));
	}

	/**
	 * What the policy does at the warning and at the breach, in the order the actions are
	 * listed (an escalation before a notification tells the new team).
	 */
	PolicyActionPlan actions() {
		return new PolicyActionPlan(plan(warningActions, warningTeamId), plan(breachActions, breachTeamId));
	}

	private static List<PolicyAction> plan(@Nullable List<SlaAction> chosen, @Nullable Long teamId) {
		return set(chosen).stream()
			.sorted()
			.map(action -> new PolicyAction(action, action.namesTeam() ? teamId : null))
			.toList();
	}

	private static List<SlaAction> kinds(List<PolicyAction> actions) {
		return actions.stream().map(PolicyAction::action).toList();
	}

	private static @Nullable Long team(List<PolicyAction> actions) {
		return actions.stream().map(PolicyAction::teamId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	PolicyCommand command() {
		Map<Priority, Targets> targets = new EnumMap<>(Priority.class);
		row(targets, Priority.P1, p1First, p1Resolution, p1Next);
		row(targets, Priority.P2, p2First, p2Resolution, p2Next);
		row(targets, Priority.P3, p3First, p3Resolution, p3Next);
		row(targets, Priority.P4, p4First, p4Resolution, p4Next);
		var conditions = new Conditions(set(organisationIds), set(types), set(categoryIds), set(channels));
		return new PolicyCommand(name == null ? "" : name, calendarId, targets, conditions, warnAtPercent,
				Boolean.TRUE.equals(defaultPolicy) ? Boolean.TRUE : null);
	}

	/** Whether a condition list holds the value, for checked boxes. */
	public boolean has(@Nullable List<?> values, Object value) {
		return values != null && values.contains(value);
	}

	private static void row(Map<Priority, Targets> targets, Priority p, @Nullable Long first, @Nullable Long resolution,
			@Nullable Long next) {
		if (first != null || resolution != null || next != null) {
			targets.put(p, new Targets(first, resolution, next));
		}
	}

	private static <T> java.util.Set<T> set(@Nullable List<T> values) {
		// An empty choice arrives as one empty value, which binds to null.
		return values == null ? java.util.Set.of()
				: new HashSet<>(values.stream().filter(java.util.Objects::nonNull).toList());
	}

}
