package io.tierdesk.sla.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.identity.Caller;
import io.tierdesk.sla.SlaPolicies.PolicyChange;
import io.tierdesk.sla.SlaPolicies.PolicyCommand;
import io.tierdesk.sla.SlaPolicies.PolicyOrder;
import io.tierdesk.sla.SlaPolicies.PolicyView;
import io.tierdesk.sla.policy.PolicyCatalogue;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sla/policies")
@Tag(name = "SLA", description = "Business calendars, SLA policies and ticket clocks")
class SlaPoliciesApi {

	private final PolicyCatalogue policies;

	SlaPoliciesApi(PolicyCatalogue policies) {
		this.policies = policies;
	}

	@GetMapping
	@Operation(operationId = "listSlaPolicies", summary = "The SLA policies in the order they are tried (admin)")
	List<PolicyView> list(Caller caller) {
		return policies.list(caller);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createSlaPolicy",
			summary = "Add a policy at the end of the order (admin); the first policy is the default")
	ResponseEntity<PolicyView> create(@Valid @RequestBody PolicyCommand command, Caller caller) {
		PolicyView created = policies.create(command, caller);
		return ResponseEntity.created(URI.create("/api/v1/sla/policies/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSlaPolicy", summary = "One SLA policy (admin)")
	PolicyView get(@PathVariable long id, Caller caller) {
		return policies.get(id, caller);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "replaceSlaPolicy",
			summary = "Replace a policy with the version read (409 when it changed meanwhile; admin)")
	PolicyView replace(@PathVariable long id, @Valid @RequestBody PolicyChange change, Caller caller) {
		return policies.change(id, change.version(), change.command(), caller);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteSlaPolicy", summary = "Delete a policy (admin); tickets keep their clocks until"
			+ " their next change, then the remaining policies apply")
	void delete(@PathVariable long id, Caller caller) {
		policies.delete(id, caller);
	}

	@PutMapping("/order")
	@Operation(operationId = "reorderSlaPolicies",
			summary = "The order policies are tried in: every policy's id once (admin)")
	List<PolicyView> reorder(@Valid @RequestBody PolicyOrder order, Caller caller) {
		return policies.reorder(order.ids(), caller);
	}

}
