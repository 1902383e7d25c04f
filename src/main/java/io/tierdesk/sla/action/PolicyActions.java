package io.tierdesk.sla.action;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.Problem.FieldError;
import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.policy.PolicyCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each policy does at the warning and at the breach: read by the deadline when it
 * fires, replaced as a whole by an admin.
 */
@Service
@Transactional
public class PolicyActions {

	private final PolicyActionStore store;

	private final Directory directory;

	private final PolicyCatalogue policies;

	PolicyActions(PolicyActionStore store, Directory directory, PolicyCatalogue policies) {
		this.store = store;
		this.directory = directory;
		this.policies = policies;
	}

	@Transactional(readOnly = true)
	public PolicyActionPlan of(long policyId) {
		return new PolicyActionPlan(store.actions(policyId, DeadlineKind.WARNING),
				store.actions(policyId, DeadlineKind.BREACH));
	}

	/**
	 * An admin reads them as they read the policy: 404 for a policy that does not exist.
	 */
	@Transactional(readOnly = true)
	public PolicyActionPlan of(long policyId, Caller by) {
		policies.get(policyId, by);
		return of(policyId);
	}

	public PolicyActionPlan replace(long policyId, PolicyActionPlan plan, Caller by) {
		policies.get(policyId, by);
		check(plan);
		for (DeadlineKind kind : DeadlineKind.values()) {
			store.replace(policyId, kind, plan.at(kind));
		}
		return of(policyId);
	}

	/**
	 * Refuses a plan that lists an action twice or names a team wrongly, before anything
	 * is saved (the admin page checks before it saves the policy itself).
	 */
	@Transactional(readOnly = true)
	public void check(PolicyActionPlan plan) {
		List<FieldError> errors = new ArrayList<>();
		check("warning", plan.warning(), errors);
		check("breach", plan.breach(), errors);
		if (!errors.isEmpty()) {
			throw new Problem.InvalidInput(errors);
		}
	}

	private void check(String field, List<PolicyAction> actions, List<FieldError> errors) {
		Set<SlaAction> seen = EnumSet.noneOf(SlaAction.class);
		for (int i = 0; i < actions.size(); i++) {
			PolicyAction action = actions.get(i);
			String at = field + "[" + i + "]";
			if (!seen.add(action.action())) {
				errors.add(new FieldError(at + ".action", action.action().label() + " is listed twice"));
			}
			if (action.action().namesTeam() && action.teamId() == null) {
				errors.add(new FieldError(at + ".teamId", "name the team to escalate to"));
			}
			else if (action.action().namesTeam() && directory.team(action.teamId()).isEmpty()) {
				errors.add(new FieldError(at + ".teamId", "no team with id " + action.teamId()));
			}
			else if (!action.action().namesTeam() && action.teamId() != null) {
				errors.add(new FieldError(at + ".teamId", "only an escalation to a team names a team"));
			}
		}
	}

}
