package io.tierdesk.sla.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tierdesk.sla.AtRisk;
import io.tierdesk.sla.RiskEstimate;
import io.tierdesk.ticket.QueueColumn;
import io.tierdesk.ticket.SlaSnapshot;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.springframework.stereotype.Component;

/**
 * The queue's "Due" column from the snapshot each row already carries: the nearest due
 * time of a running clock as a countdown or an overdue marker in words, "Paused" while
 * the resolution clock waits, "Breached" for a stopped clock that missed; and "At risk"
 * before a countdown whose ticket is likely solved after its resolution is due (the
 * page's estimates: two look-ups for the page, see {@link AtRisk}).
 */
@Component
class DueColumn implements QueueColumn {

	static final String AT_RISK = "⚠ At risk";

	private final Clock clock;

	private final AtRisk risks;

	DueColumn(Clock clock, AtRisk risks) {
		this.clock = clock;
		this.risks = risks;
	}

	@Override
	public String heading() {
		return "Due";
	}

	@Override
	public Map<Long, String> cells(List<TicketView> rows) {
		Map<Long, String> cells = new HashMap<>();
		List<Long> running = rows.stream()
			.filter(t -> t.sla() != null && t.sla().resolutionDueAt() != null)
			.map(TicketView::id)
			.toList();
		Map<Long, RiskEstimate> estimates = risks.estimates(running);
		rows.forEach(t -> {
			SlaSnapshot sla = t.sla();
			if (sla != null) {
				RiskEstimate estimate = estimates.get(t.id());
				String cell = cell(sla);
				cells.put(t.id(), estimate != null && estimate.atRisk() ? AT_RISK + " · " + cell : cell);
			}
		});
		return cells;
	}

	private String cell(SlaSnapshot sla) {
		if (sla.nextDueAt() != null) {
			return DueWords.until(sla.nextDueAt(), clock.instant());
		}
		if (sla.paused()) {
			return "Paused";
		}
		return sla.firstResponseBreached() || sla.resolutionBreached() ? "Breached" : "";
	}

}
