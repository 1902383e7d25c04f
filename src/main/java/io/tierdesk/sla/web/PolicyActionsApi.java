package io.tierdesk.sla.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.identity.Caller;
import io.tierdesk.sla.action.PolicyActionPlan;
import io.tierdesk.sla.action.PolicyActions;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a policy does when a target warns and when it breaches. */
@RestController
@RequestMapping("/api/v1/sla/policies/{id}/actions")
@Tag(name = "SLA", description = "Business calendars, SLA policies and ticket clocks")
class PolicyActionsApi {

	private final PolicyActions actions;

	PolicyActionsApi(PolicyActions actions) {
		this.actions = actions;
	}

	@GetMapping
	@Operation(operationId = "getPolicyActions", summary = "A policy's warning and breach actions (admin)")
	PolicyActionPlan get(@PathVariable long id, Caller caller) {
		return actions.of(id, caller);
	}

	@PutMapping
	@Operation(operationId = "replacePolicyActions",
			summary = "Replace a policy's warning and breach actions (admin): notify the assignee, team or manager, "
					+ "raise priority, escalate to the next tier or a named team")
	PolicyActionPlan replace(@PathVariable long id, @Valid @RequestBody PolicyActionPlan plan, Caller caller) {
		return actions.replace(id, plan, caller);
	}

}
