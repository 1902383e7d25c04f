package io.tierdesk.sla.contract;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Organisations;
import io.tierdesk.identity.Organisations.OrganisationView;
import io.tierdesk.identity.Role;
import io.tierdesk.platform.Problem;
import io.tierdesk.sla.SlaContracts.ContractCommand;
import io.tierdesk.sla.SlaContracts.ContractView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA contracts: managers and admins read and write them (the commercial terms are a
 * manager's business, the clocks behind them an admin's), each change with the version
 * read.
 */
@Service
@Transactional
public class ContractCatalogue {

	private final SlaContractRepository contracts;

	private final Organisations organisations;

	ContractCatalogue(SlaContractRepository contracts, Organisations organisations) {
		this.contracts = contracts;
		this.organisations = organisations;
	}

	public ContractView create(ContractCommand command, Caller by) {
		requireManager(by);
		CheckedContract checked = check(command, by);
		refuseTakenName(checked.name(), -1);
		return view(contracts.saveAndFlush(new SlaContract(checked)), by);
	}

	public ContractView change(long id, long version, ContractCommand command, Caller by) {
		requireManager(by);
		SlaContract contract = contracts.findById(id).orElseThrow(() -> notFound(id));
		if (version != contract.version()) {
			throw new Problem.Conflict("Stale version", "The contract changed meanwhile (version " + contract.version()
					+ ", you sent " + version + "); read it again.");
		}
		CheckedContract checked = check(command, by);
		refuseTakenName(checked.name(), id);
		contract.apply(checked);
		return view(contracts.saveAndFlush(contract), by);
	}

	public void delete(long id, Caller by) {
		requireManager(by);
		contracts.delete(contracts.findById(id).orElseThrow(() -> notFound(id)));
	}

	@Transactional(readOnly = true)
	public java.util.List<ContractView> list(Caller by) {
		requireManager(by);
		return contracts.findAllByOrderByNameAsc().stream().map(c -> view(c, by)).toList();
	}

	@Transactional(readOnly = true)
	public ContractView get(long id, Caller by) {
		requireManager(by);
		return contracts.findById(id).map(c -> view(c, by)).orElseThrow(() -> notFound(id));
	}

	/** Only managers and admins see contracts and compliance. */
	public static void requireManager(Caller by) {
		if (!by.is(Role.MANAGER) && !by.is(Role.ADMIN)) {
			throw new Problem.Forbidden("Only a manager or an admin can see SLA contracts and compliance.");
		}
	}

	private CheckedContract check(ContractCommand command, Caller by) {
		var known = organisations.all(by).stream().map(OrganisationView::id).collect(Collectors.toSet());
		return ContractChecks.check(command, known::contains);
	}

	private void refuseTakenName(String name, long self) {
		if (contracts.existsByNameIgnoreCaseAndIdNot(name, self)) {
			throw new Problem.Conflict("Name in use", "A contract named " + name + " already exists.");
		}
	}

	private ContractView view(SlaContract c, Caller by) {
		Map<Long, String> names = organisations.all(by)
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
		Optional<String> organisation = Optional.ofNullable(c.organisationId()).map(names::get);
		Credit t = c.credit();
		return new ContractView(c.id(), c.name(), c.organisationId(), organisation.orElse(null), t.targetPercent(),
				new java.util.TreeSet<>(c.priorities()), new java.util.TreeSet<>(c.targets()), t.remedy(),
				t.fixedAmount(), t.feePercentPerPoint(), t.capPercent(), c.currency(), t.monthlyFee(), c.version());
	}

	private static Problem notFound(long id) {
		return new Problem.NotFound("SLA contract " + id);
	}

}
