package io.tierdesk.sla.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import io.tierdesk.sla.clock.BusinessTime;
import io.tierdesk.sla.clock.Flow;
import io.tierdesk.sla.clock.ResolvedSample;
import io.tierdesk.ticket.Priority;

/**
 * Estimates when a waiting ticket is solved, in business time on its policy's calendar:
 * the median business minutes recently resolved tickets like it took (same priority and
 * category; too few of those: same priority; then any), less the minutes its resolution
 * clock already ran, plus the queue ahead of it in its team: the tickets before it in the
 * queue's order (higher priority, or the same priority and older) times the team's mean
 * business minutes between two resolutions over the window. Fewer than
 * {@link #MIN_SAMPLES} resolved tickets: no estimate, and so no flag. Measured in
 * docs/benchmarks.md, chosen in docs/decisions.md.
 */
public final class RiskEstimator {

	/** The fewest resolved tickets a median is taken of. */
	public static final int MIN_SAMPLES = 5;

	private final BusinessTime time;

	private final Duration window;

	public RiskEstimator(BusinessTime time, Duration window) {
		this.time = time;
		this.window = window;
	}

	/**
	 * The estimate for a ticket whose resolution clock runs, given the tickets waiting in
	 * its team (itself among them or not) and the tickets resolved in the window before
	 * now; empty when its clock does not run or too few tickets were resolved.
	 */
	public Optional<Estimate> estimate(Flow ticket, List<Flow> teamQueue, List<ResolvedSample> resolved, Instant now) {
		Instant due = ticket.resolutionDueAt();
		Long target = ticket.resolutionTargetMinutes();
		Long calendar = ticket.calendarId();
		if (due == null || target == null || calendar == null || !ticket.waiting()) {
			return Optional.empty();
		}
		Optional<Basis> basis = basis(ticket, teamQueue, resolved, calendar, now);
		return basis.map(b -> {
			long ran = due.isAfter(now) ? target - time.businessMinutes(calendar, now, due)
					: target + time.businessMinutes(calendar, due, now);
			long work = Math.max(0, b.medianMinutes() - ran);
			Instant likely = time.due(calendar, now, work + b.queueMinutes());
			return new Estimate(ticket.ticketId(), likely, due, due.isAfter(now) && likely.isAfter(due), b);
		});
	}

	private Optional<Basis> basis(Flow ticket, List<Flow> teamQueue, List<ResolvedSample> resolved, long calendar,
			Instant now) {
		Priority priority = ticket.priority();
		Basis.Likeness likeness;
		List<ResolvedSample> alike = ticket.categoryId() == null ? List.of() : matching(resolved,
				s -> s.priority() == priority && Objects.equals(s.categoryId(), ticket.categoryId()));
		likeness = Basis.Likeness.PRIORITY_AND_CATEGORY;
		if (alike.size() < MIN_SAMPLES) {
			alike = matching(resolved, s -> s.priority() == priority);
			likeness = Basis.Likeness.PRIORITY;
		}
		if (alike.size() < MIN_SAMPLES) {
			alike = resolved;
			likeness = Basis.Likeness.ANY;
		}
		if (alike.size() < MIN_SAMPLES) {
			return Optional.empty();
		}
		Long team = ticket.teamId();
		int ahead = team == null ? 0
				: (int) teamQueue.stream()
					.filter(f -> team.equals(f.teamId()) && f.waiting() && f.ticketId() != ticket.ticketId())
					.filter(f -> before(f, ticket))
					.count();
		long resolvedByTeam = team == null ? 0 : resolved.stream().filter(s -> team.equals(s.teamId())).count();
		Long between = resolvedByTeam == 0 ? null
				: time.businessMinutes(calendar, now.minus(window), now) / resolvedByTeam;
		return Optional.of(new Basis(likeness, priority, ticket.categoryId(), alike.size(), median(alike), team, ahead,
				between, (int) window.toDays()));
	}

	private static List<ResolvedSample> matching(List<ResolvedSample> resolved, Predicate<ResolvedSample> alike) {
		return resolved.stream().filter(alike).toList();
	}

	/** The lower median: a minute count one of the tickets really took. */
	static long median(List<ResolvedSample> samples) {
		long[] minutes = samples.stream().mapToLong(ResolvedSample::minutes).sorted().toArray();
		return minutes[(minutes.length - 1) / 2];
	}

	/**
	 * The queue's order: higher priority first, then the older, then the lower number.
	 */
	private static boolean before(Flow other, Flow ticket) {
		return QUEUE_ORDER.compare(other, ticket) < 0;
	}

	private static final Comparator<Flow> QUEUE_ORDER = Comparator.comparing(Flow::priority)
		.thenComparing(Flow::createdAt)
		.thenComparingLong(Flow::ticketId);

}
