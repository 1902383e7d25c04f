package io.tierdesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.tierdesk.identity.Directory;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.platform.Problem;
import io.tierdesk.sla.clock.BusinessTime;
import io.tierdesk.sla.clock.Flow;
import io.tierdesk.sla.clock.FlowStore;
import io.tierdesk.sla.clock.ResolutionHistory;
import io.tierdesk.sla.clock.ResolvedSample;
import io.tierdesk.sla.risk.Estimate;
import io.tierdesk.sla.risk.RiskEstimator;
import io.tierdesk.sla.risk.RiskWords;
import io.tierdesk.ticket.Categories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which waiting tickets are likely solved after their resolution is due, before any
 * warning fires: estimated on demand from what the SLA module records itself (each
 * ticket's flow and the last 30 days of resolutions, see {@link RiskEstimator}). A page
 * of tickets costs two queries (their flows, the tickets waiting in their teams) and the
 * names its words need; the resolutions are kept between pages. No access check: callers
 * show only tickets their reader may see.
 */
@Service
@Transactional(readOnly = true)
public class AtRisk {

	/** How many of the soonest-due waiting tickets {@link #atRisk()} looks at. */
	public static final int SCANNED = 500;

	private final FlowStore flows;

	private final ResolutionHistory history;

	private final RiskEstimator estimator;

	private final Directory directory;

	private final Categories categories;

	private final Clock clock;

	AtRisk(FlowStore flows, ResolutionHistory history, BusinessTime time, Directory directory, Categories categories,
			Clock clock) {
		this.flows = flows;
		this.history = history;
		this.estimator = new RiskEstimator(time, ResolutionHistory.WINDOW);
		this.directory = directory;
		this.categories = categories;
		this.clock = clock;
	}

	/**
	 * The estimates of these tickets (a page of the queue), at risk or not; a ticket
	 * without one (not waiting, no running resolution clock, too little history) is left
	 * out.
	 */
	public Map<Long, RiskEstimate> estimates(Collection<Long> ticketIds) {
		return estimated(flows.of(ticketIds));
	}

	public Optional<RiskEstimate> estimateFor(long ticketId) {
		return Optional.ofNullable(estimates(List.of(ticketId)).get(ticketId));
	}

	/**
	 * The waiting tickets at risk now, soonest due first, among the {@value #SCANNED}
	 * soonest due: for the managers' SLA page.
	 */
	public List<RiskEstimate> atRisk() {
		return estimated(flows.waitingWithDueTime(SCANNED)).values()
			.stream()
			.filter(RiskEstimate::atRisk)
			.sorted(Comparator.comparing(RiskEstimate::resolutionDueAt).thenComparing(RiskEstimate::ticketId))
			.toList();
	}

	private Map<Long, RiskEstimate> estimated(List<Flow> tickets) {
		List<Flow> waiting = tickets.stream().filter(f -> f.waiting() && f.resolutionDueAt() != null).toList();
		if (waiting.isEmpty()) {
			return Map.of();
		}
		List<ResolvedSample> resolved = history.recent();
		Set<Long> teams = waiting.stream().map(Flow::teamId).filter(Objects::nonNull).collect(Collectors.toSet());
		List<Flow> queues = flows.waitingIn(teams);
		Instant now = clock.instant();
		List<Estimate> estimates = new ArrayList<>();
		for (Flow ticket : waiting) {
			estimate(ticket, queues, resolved, now).ifPresent(estimates::add);
		}
		return words(estimates);
	}

	/**
	 * A calendar gone or a due time out of range leaves the ticket without an estimate.
	 */
	private Optional<Estimate> estimate(Flow ticket, List<Flow> queues, List<ResolvedSample> resolved, Instant now) {
		try {
			return estimator.estimate(ticket, queues, resolved, now);
		}
		catch (Problem ex) {
			return Optional.empty();
		}
	}

	private Map<Long, RiskEstimate> words(List<Estimate> estimates) {
		if (estimates.isEmpty()) {
			return Map.of();
		}
		Set<Long> teamIds = new HashSet<>();
		estimates.forEach(e -> {
			if (e.basis().teamId() != null) {
				teamIds.add(e.basis().teamId());
			}
		});
		Map<Long, String> teamNames = directory.teams(teamIds)
			.values()
			.stream()
			.collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
		boolean byCategory = estimates.stream().anyMatch(e -> e.basis().categoryId() != null);
		Map<Long, String> categoryNames = !byCategory ? Map.of()
				: categories.all().stream().collect(Collectors.toMap(k -> k.id(), k -> k.path()));
		Map<Long, RiskEstimate> result = new LinkedHashMap<>();
		for (Estimate e : estimates) {
			String basis = RiskWords.basis(e.basis(), id -> teamNames.getOrDefault(id, "team #" + id),
					id -> categoryNames.getOrDefault(id, "category #" + id));
			result.put(e.ticketId(), new RiskEstimate(e.ticketId(), e.likelySolvedAt(), e.resolutionDueAt(), e.atRisk(),
					basis, e.basis().ahead(), e.basis().teamId(), e.basis().medianMinutes(), e.basis().samples()));
		}
		return result;
	}

}
