package io.tierdesk.sla.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.sla.SlaContracts.ContractChange;
import io.tierdesk.sla.SlaContracts.ContractCommand;
import io.tierdesk.sla.SlaContracts.ContractView;
import io.tierdesk.sla.contract.ContractCatalogue;
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
@RequestMapping("/api/v1/sla/contracts")
@Tag(name = "SLA", description = "Business calendars, SLA policies and ticket clocks")
class SlaContractsApi {

	private final ContractCatalogue contracts;

	SlaContractsApi(ContractCatalogue contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	@Operation(operationId = "listSlaContracts", summary = "The SLA contracts by name (manager, admin)")
	List<ContractView> list(Caller caller) {
		return contracts.list(caller);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createSlaContract",
			summary = "Add a contract: a monthly compliance target and its remedy (manager, admin)")
	ResponseEntity<ContractView> create(@RequestBody ContractCommand command, Caller caller) {
		ContractView created = contracts.create(command, caller);
		return ResponseEntity.created(URI.create("/api/v1/sla/contracts/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSlaContract", summary = "One SLA contract (manager, admin)")
	ContractView get(@PathVariable long id, Caller caller) {
		return contracts.get(id, caller);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "replaceSlaContract",
			summary = "Replace a contract with the version read (409 when it changed meanwhile; manager, admin)")
	ContractView replace(@PathVariable long id, @RequestBody ContractChange change, Caller caller) {
		if (change.version() == null) {
			throw new Problem.InvalidInput("version", "send the version you read");
		}
		return contracts.change(id, change.version(), change.command(), caller);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteSlaContract", summary = "Delete a contract (manager, admin)")
	void delete(@PathVariable long id, Caller caller) {
		contracts.delete(id, caller);
	}

}
