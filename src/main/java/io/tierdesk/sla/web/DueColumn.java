package io.tierdesk.sla.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tierdesk.ticket.QueueColumn;
import io.tierdesk.ticket.SlaSnapshot;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.springframework.stereotype.Component;

/**
 * The queue's "Due" column from the snapshot each row already carries (no look-up): the
 * nearest due time of a running clock as a countdown or an overdue marker in words,
 * "Paused" while the resolution clock waits, "Breached" for a stopped clock that missed.
 */
@Component
class DueColumn implements QueueColumn {

	private final Clock clock;

	DueColumn(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String heading() {
		return "Due";
	}

	@Override
	public Map<Long, String> cells(List<TicketView> rows) {
		Map<Long, String> cells = new HashMap<>();
		rows.forEach(t -> {
			SlaSnapshot sla = t.sla();
			if (sla != null) {
				cells.put(t.id(), cell(sla));
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
