package io.tierdesk.sla.demo;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Organisations;
import io.tierdesk.sla.SlaContracts.ContractCommand;
import io.tierdesk.sla.SlaContracts.Remedy;
import io.tierdesk.sla.SlaContracts.Target;
import io.tierdesk.sla.contract.ContractCatalogue;
import io.tierdesk.ticket.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo desk's SLA contract, after the demo people and tickets (the demo seeder runs
 * at order 10), so that the managers' SLA page shows compliance and a credit: Northwind
 * Traders are promised 95 % of P1 and P2 tickets resolved in time, with 2 % of a 12,000
 * EUR monthly fee credited per point below, capped at 20 %. Seeds once: an existing
 * contract stops it.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("tierdesk.demo")
class DemoContracts implements ApplicationRunner {

	static final String CUSTOMER = "Northwind Traders";

	private static final Logger log = LoggerFactory.getLogger(DemoContracts.class);

	private final ContractCatalogue contracts;

	private final Organisations organisations;

	private final Directory directory;

	DemoContracts(ContractCatalogue contracts, Organisations organisations, Directory directory) {
		this.contracts = contracts;
		this.organisations = organisations;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<Caller> admin = directory.firstAdmin();
		if (admin.isEmpty() || !contracts.list(admin.get()).isEmpty()) {
			return;
		}
		Optional<Long> customer = organisations.all(admin.get())
			.stream()
			.filter(o -> o.name().equals(CUSTOMER))
			.map(o -> o.id())
			.findFirst();
		if (customer.isEmpty()) {
			log.warn("No demo SLA contract: the organisation '{}' does not exist", CUSTOMER);
			return;
		}
		contracts.create(new ContractCommand(CUSTOMER + " support", customer.get(), new BigDecimal("95"),
				Set.of(Priority.P1, Priority.P2), Set.of(Target.RESOLUTION), Remedy.FEE_PERCENT_PER_POINT, null,
				new BigDecimal("2"), new BigDecimal("20"), "EUR", new BigDecimal("12000")), admin.get());
		log.info("Demo SLA contract: {} support", CUSTOMER);
	}

}
