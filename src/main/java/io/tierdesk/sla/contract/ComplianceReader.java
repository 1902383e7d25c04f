package io.tierdesk.sla.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.sla.SlaContracts.ComplianceReport;
import io.tierdesk.sla.SlaContracts.ContractCompliance;
import io.tierdesk.sla.SlaContracts.PriorityCompliance;
import io.tierdesk.sla.SlaContracts.Tally;
import io.tierdesk.sla.SlaContracts.Target;
import io.tierdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance over a half-open period by the rule of {@link Measure}: per priority and
 * target, and per contract in scope (with an organisation given, that organisation's
 * contracts; without, every contract, each over its own organisation or over all).
 */
@Service
@Transactional(readOnly = true)
public class ComplianceReader {

	/** The longest period one report reads: a little over a year. */
	static final Duration PERIOD_MAX = Duration.ofDays(400);

	private final ClockRows rows;

	private final SlaContractRepository contracts;

	private final Clock clock;

	ComplianceReader(ClockRows rows, SlaContractRepository contracts, Clock clock) {
		this.rows = rows;
		this.contracts = contracts;
		this.clock = clock;
	}

	public ComplianceReport report(Instant from, Instant to, @Nullable Long organisationId, Caller by) {
		ContractCatalogue.requireManager(by);
		if (!from.isBefore(to)) {
			throw new Problem.InvalidInput("to", "must be after from");
		}
		if (Duration.between(from, to).compareTo(PERIOD_MAX) > 0) {
			throw new Problem.InvalidInput("to", "a report covers at most " + PERIOD_MAX.toDays() + " days");
		}
		Instant now = clock.instant();
		List<Ended> ended = rows.endingWithin(from, to, organisationId)
			.stream()
			.flatMap(r -> Arrays.stream(Target.values()).flatMap(t -> Ended.of(r, t, now).stream()))
			.filter(e -> e.outcome().within(from, to))
			.toList();
		List<PriorityCompliance> priorities = Arrays.stream(Priority.values())
			.map(p -> new PriorityCompliance(p, tally(ended, e -> e.is(p, Target.FIRST_RESPONSE)),
					tally(ended, e -> e.is(p, Target.RESOLUTION))))
			.toList();
		List<ContractCompliance> owed = new ArrayList<>();
		for (SlaContract c : contracts.findAllByOrderByNameAsc()) {
			if (organisationId == null || organisationId.equals(c.organisationId())) {
				owed.add(contract(c, ended));
			}
		}
		return new ComplianceReport(from, to, organisationId, priorities, owed);
	}

	private static ContractCompliance contract(SlaContract c, List<Ended> ended) {
		Tally tally = tally(ended,
				e -> (c.organisationId() == null || c.organisationId().equals(e.row().organisationId()))
						&& c.priorities().contains(e.row().priority()) && c.targets().contains(e.target()));
		Credit credit = c.credit();
		BigDecimal compliance = tally.compliancePercent();
		return new ContractCompliance(c.id(), c.name(), c.organisationId(), credit.targetPercent(), tally,
				credit.shortfall(compliance), credit.owed(compliance), c.currency());
	}

	private static Tally tally(List<Ended> ended, Predicate<Ended> which) {
		long met = ended.stream().filter(which).filter(e -> e.outcome().met()).count();
		long measured = ended.stream().filter(which).count();
		return new Tally(measured, met, measured - met, Credit.compliance(met, measured));
	}

	/** One target of one ticket that ended. */
	private record Ended(ClockRows.Row row, Target target, Measure.Outcome outcome) {

		static Optional<Ended> of(ClockRows.Row r, Target t, Instant now) {
			Optional<Measure.Outcome> outcome = t == Target.FIRST_RESPONSE
					? Measure.of(r.firstResponseDueAt(), r.firstResponseStoppedAt(), now)
					: Measure.of(r.resolutionDueAt(), r.resolutionStoppedAt(), now);
			return outcome.map(o -> new Ended(r, t, o));
		}

		boolean is(Priority p, Target t) {
			return row.priority() == p && target == t;
		}

	}

}
