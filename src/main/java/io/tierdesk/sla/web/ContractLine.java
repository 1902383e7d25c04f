package io.tierdesk.sla.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tierdesk.sla.SlaContracts.ComplianceReport;
import io.tierdesk.sla.SlaContracts.ContractCompliance;
import io.tierdesk.sla.SlaContracts.ContractView;
import org.jspecify.annotations.Nullable;

/**
 * One contract on the SLA page, in words: whose tickets, which targets of which
 * priorities, the share met so far against the target, and the credit owed so far.
 */
record ContractLine(String name, String scope, String counts, String compliance, String target, String measured,
		String credit, boolean missed) {

	static List<ContractLine> of(ComplianceReport report, List<ContractView> contracts) {
		Map<Long, ContractView> byId = contracts.stream()
			.collect(Collectors.toMap(ContractView::id, Function.identity()));
		return report.contracts().stream().map(c -> of(c, byId.get(c.contractId()))).toList();
	}

	private static ContractLine of(ContractCompliance c, @Nullable ContractView view) {
		String scope = view == null || view.organisation() == null ? "All organisations" : view.organisation();
		String counts = view == null ? ""
				: view.targets().stream().map(t -> t.label()).collect(Collectors.joining(" and ")) + " of "
						+ view.priorities().stream().map(Enum::name).collect(Collectors.joining(", ")) + " tickets";
		BigDecimal share = c.tally().compliancePercent();
		String compliance = share == null ? "Nothing measured yet" : percent(share) + " met in time";
		String measured = c.tally().measured() + " measured, " + c.tally().met() + " met, " + c.tally().breached()
				+ " breached";
		boolean missed = c.creditOwed().signum() > 0;
		return new ContractLine(c.name(), scope, counts, compliance, percent(c.targetPercent()), measured,
				money(c.creditOwed()) + " " + c.currency(), missed);
	}

	private static String percent(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString() + " %";
	}

	private static String money(BigDecimal value) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
	}

}
