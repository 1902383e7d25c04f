package io.tierdesk.sla.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.Times;
import io.tierdesk.sla.SlaContracts.ComplianceReport;
import io.tierdesk.sla.contract.ClockRows;
import io.tierdesk.sla.contract.ComplianceReader;
import io.tierdesk.sla.contract.ContractCatalogue;
import io.tierdesk.ticket.TicketQueries;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The managers' SLA page: the tickets due in the next hours and those overdue now, each a
 * link to its ticket, and this month's compliance (the month in the viewer's time zone)
 * against each contract with the credit owed so far.
 */
@PageController
class SlaPage {

	/** How far ahead "due soon" looks. */
	static final Duration AHEAD = Duration.ofHours(8);

	/**
	 * The most tickets each list shows; the desk's queue sorted by due time has them all.
	 */
	static final int LIMIT = 20;

	private final ClockRows clocks;

	private final ComplianceReader compliance;

	private final ContractCatalogue contracts;

	private final TicketQueries tickets;

	private final Times times;

	private final Clock clock;

	SlaPage(ClockRows clocks, ComplianceReader compliance, ContractCatalogue contracts, TicketQueries tickets,
			Times times, Clock clock) {
		this.clocks = clocks;
		this.compliance = compliance;
		this.contracts = contracts;
		this.tickets = tickets;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/sla")
	String show(Caller caller, Model model) {
		ContractCatalogue.requireManager(caller);
		Instant now = clock.instant();
		ZoneId zone = times.zone();
		YearMonth month = YearMonth.now(clock.withZone(zone));
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		ComplianceReport report = compliance.report(from, to, null, caller);
		model.addAttribute("aheadHours", AHEAD.toHours());
		model.addAttribute("dueSoon", lines(clocks.dueWithin(now, now.plus(AHEAD), LIMIT), caller));
		model.addAttribute("overdue", lines(clocks.overdueAt(now, LIMIT), caller));
		model.addAttribute("overdueCount", clocks.countOverdueAt(now));
		model.addAttribute("limit", LIMIT);
		model.addAttribute("month", month.atDay(1)
			.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH)));
		model.addAttribute("contracts", ContractLine.of(report, contracts.list(caller)));
		return "sla/sla";
	}

	private List<DueLine> lines(List<ClockRows.Row> rows, Caller caller) {
		return rows.stream().flatMap(r -> line(r, caller).stream()).toList();
	}

	private Optional<DueLine> line(ClockRows.Row row, Caller caller) {
		if (!tickets.canSee(row.ticketId(), caller)) {
			return Optional.empty();
		}
		var ticket = tickets.get(row.ticketId(), caller);
		return Optional.of(new DueLine(ticket.id(), ticket.number(), ticket.subject(), ticket.priority().name(),
				DueLine.clockOf(row), row.nextDueAt()));
	}

}
