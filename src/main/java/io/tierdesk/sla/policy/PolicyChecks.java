package io.tierdesk.sla.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.tierdesk.platform.Problem;
import io.tierdesk.platform.Problem.FieldError;
import io.tierdesk.sla.SlaPolicies;
import io.tierdesk.sla.SlaPolicies.Conditions;
import io.tierdesk.sla.SlaPolicies.PolicyCommand;
import io.tierdesk.sla.SlaPolicies.Targets;
import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;

/**
 * Every rule a policy must keep, checked at once so that the API and the admin form name
 * each field at fault in the same words: a known calendar, at least one priority, both
 * targets of each priority given and positive, known organisations and categories.
 */
final class PolicyChecks {

	private final List<FieldError> errors = new ArrayList<>();

	private PolicyChecks() {
	}

	/**
	 * The command as it will be stored, or the problem naming every field at fault;
	 * {@code knownCalendar}, {@code knownOrganisation} and {@code knownCategory} say
	 * which ids exist.
	 */
	static CheckedPolicy check(PolicyCommand command, Predicate<Long> knownCalendar, Predicate<Long> knownOrganisation,
			Predicate<Long> knownCategory) {
		PolicyChecks checks = new PolicyChecks();
		String name = command.name() == null ? "" : command.name().strip();
		checks.require(!name.isEmpty(), "name", "give the policy a name");
		checks.require(name.length() <= SlaPolicies.NAME_MAX, "name",
				"must be at most " + SlaPolicies.NAME_MAX + " characters");
		Long calendarId = command.calendarId();
		checks.require(calendarId != null, "calendarId", "choose the calendar the policy runs on");
		checks.require(calendarId == null || knownCalendar.test(calendarId), "calendarId",
				"no calendar with id " + calendarId);
		int warnAt = command.warnAtPercent() == null ? SlaPolicies.WARN_AT_DEFAULT : command.warnAtPercent();
		checks.require(warnAt >= 1 && warnAt <= 99, "warnAtPercent", "must be between 1 and 99");
		Map<Priority, PolicyTarget> targets = checks.targets(command.targets());
		Conditions conditions = command.conditions() == null ? Conditions.any() : command.conditions();
		Set<Long> organisations = orEmpty(conditions.organisationIds());
		Set<Long> categories = orEmpty(conditions.categoryIds());
		organisations.stream()
			.filter(id -> id == null || !knownOrganisation.test(id))
			.forEach(id -> checks.errors
				.add(new FieldError("conditions.organisationIds", "no organisation with id " + id)));
		categories.stream()
			.filter(id -> id == null || !knownCategory.test(id))
			.forEach(id -> checks.errors.add(new FieldError("conditions.categoryIds", "no category with id " + id)));
		checks.require(orEmpty(conditions.types()).stream().noneMatch(java.util.Objects::isNull), "conditions.types",
				"a type must be one of " + java.util.Arrays.toString(io.tierdesk.ticket.TicketType.values()));
		checks.require(orEmpty(conditions.channels()).stream().noneMatch(java.util.Objects::isNull),
				"conditions.channels",
				"a channel must be one of " + java.util.Arrays.toString(io.tierdesk.ticket.Channel.values()));
		if (!checks.errors.isEmpty()) {
			throw new Problem.InvalidInput(checks.errors);
		}
		return new CheckedPolicy(name, calendarId, targets, warnAt, organisations, orEmpty(conditions.types()),
				categories, orEmpty(conditions.channels()));
	}

	private Map<Priority, PolicyTarget> targets(@Nullable Map<Priority, Targets> given) {
		Map<Priority, PolicyTarget> targets = new EnumMap<>(Priority.class);
		if (given == null || given.isEmpty()) {
			errors.add(new FieldError("targets", "give the targets of at least one priority"));
			return targets;
		}
		given.forEach((priority, t) -> {
			String field = "targets." + priority;
			if (priority == null || t == null) {
				errors.add(new FieldError(field, "give a first response and a resolution target"));
				return;
			}
			boolean first = minutes(field + ".firstResponseMinutes", t.firstResponseMinutes(), true);
			boolean resolution = minutes(field + ".resolutionMinutes", t.resolutionMinutes(), true);
			boolean next = minutes(field + ".nextResponseMinutes", t.nextResponseMinutes(), false);
			if (first && resolution && next) {
				targets.put(priority,
						new PolicyTarget(t.firstResponseMinutes(), t.resolutionMinutes(), t.nextResponseMinutes()));
			}
		});
		return targets;
	}

	private boolean minutes(String field, @Nullable Long minutes, boolean required) {
		if (minutes == null) {
			require(!required, field, "required: every priority has a first response and a resolution target");
			return !required;
		}
		require(minutes > 0, field, "must be a positive number of minutes");
		require(minutes <= SlaPolicies.MINUTES_MAX, field,
				"must be at most " + SlaPolicies.MINUTES_MAX + " minutes (a year)");
		return minutes > 0 && minutes <= SlaPolicies.MINUTES_MAX;
	}

	private void require(boolean ok, String field, String message) {
		if (!ok) {
			errors.add(new FieldError(field, message));
		}
	}

	private static <T> Set<T> orEmpty(@Nullable Set<T> values) {
		return values == null ? Set.of() : values;
	}

}
