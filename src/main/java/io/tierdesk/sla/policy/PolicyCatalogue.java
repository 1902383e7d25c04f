package io.tierdesk.sla.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Organisations;
import io.tierdesk.identity.Role;
import io.tierdesk.platform.Problem;
import io.tierdesk.sla.BusinessCalendars;
import io.tierdesk.sla.SlaPolicies.Conditions;
import io.tierdesk.sla.SlaPolicies.PolicyCommand;
import io.tierdesk.sla.SlaPolicies.PolicyView;
import io.tierdesk.ticket.Categories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's SLA policies: create, change (with the version read), delete, order, and
 * which one is the default. The first policy created is the default until another is
 * marked; deleting the default hands that role to the first policy left.
 */
@Service
@Transactional
public class PolicyCatalogue {

	private final SlaPolicyRepository policies;

	private final BusinessCalendars calendars;

	private final Organisations organisations;

	private final Categories categories;

	PolicyCatalogue(SlaPolicyRepository policies, BusinessCalendars calendars, Organisations organisations,
			Categories categories) {
		this.policies = policies;
		this.calendars = calendars;
		this.organisations = organisations;
		this.categories = categories;
	}

	public PolicyView create(PolicyCommand command, Caller by) {
		requireAdmin(by);
		CheckedPolicy checked = check(command, by);
		refuseTakenName(checked.name(), -1);
		List<SlaPolicy> all = policies.findAllByOrderByPosition();
		SlaPolicy policy = policies.save(new SlaPolicy(checked, all.size() + 1));
		if (all.isEmpty() || Boolean.TRUE.equals(command.defaultPolicy())) {
			makeDefault(policy, all);
		}
		return view(policy);
	}

	public PolicyView change(long id, long version, PolicyCommand command, Caller by) {
		requireAdmin(by);
		SlaPolicy policy = policies.findById(id).orElseThrow(() -> notFound(id));
		if (version != policy.version()) {
			throw new Problem.Conflict("Stale version", "The policy changed meanwhile (version " + policy.version()
					+ ", you sent " + version + "); read it again.");
		}
		CheckedPolicy checked = check(command, by);
		refuseTakenName(checked.name(), id);
		if (Boolean.FALSE.equals(command.defaultPolicy()) && policy.isDefault()) {
			throw new Problem.InvalidInput("defaultPolicy",
					"this is the default policy; mark another policy as the default instead");
		}
		policy.apply(checked);
		if (Boolean.TRUE.equals(command.defaultPolicy())) {
			makeDefault(policy, policies.findAllByOrderByPosition());
		}
		return view(policies.saveAndFlush(policy));
	}

	public void delete(long id, Caller by) {
		requireAdmin(by);
		SlaPolicy policy = policies.findById(id).orElseThrow(() -> notFound(id));
		policies.delete(policy);
		List<SlaPolicy> rest = new ArrayList<>(policies.findAllByOrderByPosition());
		rest.remove(policy);
		renumber(rest);
		if (policy.isDefault() && !rest.isEmpty()) {
			makeDefault(rest.get(0), rest);
		}
	}

	/** The policies in this order: every policy's id exactly once. */
	public List<PolicyView> reorder(List<Long> ids, Caller by) {
		requireAdmin(by);
		List<SlaPolicy> all = policies.findAllByOrderByPosition();
		Map<Long, SlaPolicy> byId = all.stream().collect(Collectors.toMap(SlaPolicy::id, p -> p));
		if (ids.size() != all.size() || ids.stream().anyMatch(Objects::isNull)
				|| !new HashSet<>(ids).equals(byId.keySet())) {
			throw new Problem.InvalidInput("ids", "list every policy's id exactly once, in the new order: "
					+ all.stream().map(p -> Long.toString(p.id())).collect(Collectors.joining(", ")));
		}
		renumber(ids.stream().map(byId::get).toList());
		return list(by);
	}

	/** Moves a policy one place up ({@code -1}) or down ({@code +1}) in the order. */
	public List<PolicyView> move(long id, int step, Caller by) {
		List<Long> ids = new ArrayList<>(policies.findAllByOrderByPosition().stream().map(SlaPolicy::id).toList());
		int from = ids.indexOf(id);
		if (from < 0) {
			throw notFound(id);
		}
		int to = Math.max(0, Math.min(ids.size() - 1, from + step));
		ids.add(to, ids.remove(from));
		return reorder(ids, by);
	}

	@Transactional(readOnly = true)
	public List<PolicyView> list(Caller by) {
		requireAdmin(by);
		return policies.findAllByOrderByPosition().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public PolicyView get(long id, Caller by) {
		requireAdmin(by);
		return policies.findById(id).map(this::view).orElseThrow(() -> notFound(id));
	}

	/** Every policy as the clocks read it, in order. */
	@Transactional(readOnly = true)
	public PolicyBook book() {
		List<SlaPolicy> all = policies.findAllByOrderByPosition();
		return new PolicyBook(IntStream.range(0, all.size()).mapToObj(i -> PolicyRule.of(all.get(i), i + 1)).toList());
	}

	private CheckedPolicy check(PolicyCommand command, Caller by) {
		var organisationIds = organisations.all(by).stream().map(o -> o.id()).collect(Collectors.toSet());
		var categoryIds = categories.all().stream().map(c -> c.id()).collect(Collectors.toSet());
		return PolicyChecks.check(command, id -> calendars.find(id).isPresent(), organisationIds::contains,
				categoryIds::contains);
	}

	private void refuseTakenName(String name, long self) {
		if (policies.existsByNameIgnoreCaseAndIdNot(name, self)) {
			throw new Problem.Conflict("Name in use", "A policy named " + name + " already exists.");
		}
	}

	private static void makeDefault(SlaPolicy chosen, List<SlaPolicy> all) {
		all.forEach(p -> p.markDefault(false));
		chosen.markDefault(true);
	}

	private static void renumber(List<SlaPolicy> ordered) {
		IntStream.range(0, ordered.size()).forEach(i -> ordered.get(i).moveTo(i + 1));
	}

	private PolicyView view(SlaPolicy p) {
		String calendar = calendars.find(p.calendarId()).map(c -> c.name()).orElse("calendar #" + p.calendarId());
		var targets = p.targets()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().view(), (a, b) -> a,
					() -> new java.util.EnumMap<>(io.tierdesk.ticket.Priority.class)));
		var conditions = new Conditions(p.organisationIds(), p.types(), p.categoryIds(), p.channels());
		return new PolicyView(p.id(), p.name(), p.calendarId(), calendar, targets, conditions, p.warnAtPercent(),
				p.isDefault(), p.position(), p.version());
	}

	private static void requireAdmin(Caller by) {
		if (!by.is(Role.ADMIN)) {
			throw new Problem.Forbidden("Only an admin can change SLA policies.");
		}
	}

	private static Problem notFound(long id) {
		return new Problem.NotFound("SLA policy " + id);
	}

}
