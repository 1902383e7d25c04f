package io.tierdesk.sla.job;

import java.time.Instant;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the clock calls after each recompute: schedule (or move) a target's warning and
 * breach, cancel them when the clock stops or pauses. It joins the caller's transaction,
 * so the timers change exactly when the clock's facts do. Scheduling a deadline that is
 * already scheduled changes nothing.
 */
@Service
@Transactional
public class DeadlineTimers {

	private final ScheduledDeadlines deadlines;

	private final SchedulerClient timers;

	private final FiredDeadlines fired;

	private final DeadlineTask task;

	DeadlineTimers(ScheduledDeadlines deadlines, FiredDeadlines fired, SchedulerClient timers, DeadlineTask task) {
		this.deadlines = deadlines;
		this.fired = fired;
		this.timers = timers;
		this.task = task;
	}

	/**
	 * The deadline stands from now on, replacing one of the same ticket, target and kind.
	 * One no later than a deadline of its kind that already fired for this target is
	 * covered by it and not scheduled: a breach that raises the priority tightens the
	 * target, and the tighter due time, already past, must not breach (and raise) again.
	 */
	public void schedule(Deadline deadline, DeadlineBasis basis) {
		Optional<Instant> before = deadlines.due(deadline.ticketId(), deadline.target(), deadline.kind());
		before.filter(due -> !due.equals(deadline.due()))
			.ifPresent(due -> forget(new Deadline(deadline.ticketId(), deadline.target(), deadline.kind(), due)));
		if (coveredByOneThatFired(deadline)) {
			deadlines.remove(deadline.ticketId(), deadline.target(), deadline.kind());
			return;
		}
		deadlines.put(deadline, basis);
		timers.scheduleIfNotExists(instance(deadline), deadline.due());
	}

	/** The target's clock stopped or paused: neither its warning nor its breach acts. */
	public void cancel(long ticketId, SlaTarget target) {
		for (DeadlineKind kind : DeadlineKind.values()) {
			deadlines.due(ticketId, target, kind).ifPresent(due -> {
				deadlines.remove(ticketId, target, kind);
				forget(new Deadline(ticketId, target, kind, due));
			});
		}
	}

	private boolean coveredByOneThatFired(Deadline deadline) {
		return fired.latestDue(deadline.ticketId(), deadline.target(), deadline.kind())
			.filter(last -> !deadline.due().isAfter(last))
			.isPresent();
	}

	/**
	 * Removes the timer unless it is running now: then the deadline's row is gone or
	 * moved, and the run finds it does not stand.
	 */
	private void forget(Deadline deadline) {
		TaskInstance<Void> instance = instance(deadline);
		timers.getScheduledExecution(instance)
			.filter(execution -> !execution.isPicked())
			.ifPresent(execution -> timers.cancel(instance));
	}

	private TaskInstance<Void> instance(Deadline deadline) {
		return task.task().instance(deadline.instanceId());
	}

}
