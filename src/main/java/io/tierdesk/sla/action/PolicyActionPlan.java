package io.tierdesk.sla.action;

import java.util.List;

import io.tierdesk.sla.DeadlineKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a policy does at the warning and at the breach, each in order. */
public record PolicyActionPlan(@NotNull @Size(max = PolicyActionPlan.MAX) List<@Valid @NotNull PolicyAction> warning,
		@NotNull @Size(max = PolicyActionPlan.MAX) List<@Valid @NotNull PolicyAction> breach) {

	/** The most actions one moment may have: each is one of the six, at most once. */
	public static final int MAX = 10;

	public static PolicyActionPlan none() {
		return new PolicyActionPlan(List.of(), List.of());
	}

	public List<PolicyAction> at(DeadlineKind kind) {
		return kind == DeadlineKind.WARNING ? warning : breach;
	}

}
