package io.tierdesk.sla.job;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.FailureHandler.ExponentialBackoffFailureHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler.MaxRetriesFailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.stereotype.Component;

/**
 * The one kind of persistent timer the SLA module has: a deadline, named by its instance
 * id, without data. A run that fails (the database went away mid-way) is tried again
 * after a minute, then longer, five times at most; the fired-once guard makes a retry
 * harmless.
 */
@Component
class DeadlineTask {

	static final String NAME = "sla-deadline";

	private static final int MAX_RETRIES = 5;

	private final OneTimeTask<Void> task;

	DeadlineTask(DeadlineFiring firing) {
		this.task = Tasks.oneTime(NAME)
			.onFailure(new MaxRetriesFailureHandler<>(MAX_RETRIES,
					new ExponentialBackoffFailureHandler<>(Duration.ofMinutes(1))))
			.execute((instance, context) -> firing.fire(Deadline.of(instance.getId())));
	}

	OneTimeTask<Void> task() {
		return task;
	}

}
