package io.tierdesk.sla.job;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler on the application's database, without its Spring Boot starter (version 16
 * targets Spring Boot 3). Its connections join a Spring transaction when there is one, so
 * the clock schedules a timer in the transaction of its recompute. Each node polls for
 * due timers while the application runs ({@link DeadlinePolling}); db-scheduler reads
 * time from the application's {@link Clock}, so tests move it by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaTimerSettings.class)
class DeadlineScheduling {

	@Bean
	SchedulerClient deadlineTimerClient(DataSource dataSource, DeadlineTask task) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), task.task()).build();
	}

	@Bean
	DeadlinePolling deadlinePolling(DataSource dataSource, DeadlineTask task, SlaTimerSettings settings, Clock clock) {
		return new DeadlinePolling(
				() -> new ClockedSchedulerBuilder(new TransactionAwareDataSourceProxy(dataSource), task, clock)
					.pollingInterval(settings.timerPoll())
					.threads(settings.timerThreads())
					.build());
	}

	/** db-scheduler keeps its clock in a protected field: set it to the application's. */
	private static final class ClockedSchedulerBuilder extends SchedulerBuilder {

		ClockedSchedulerBuilder(DataSource dataSource, DeadlineTask task, Clock clock) {
			super(dataSource, List.of(task.task()));
			this.clock = clock::instant;
		}

	}

	/**
	 * Polls while the application context runs: starts after every other bean (Flyway has
	 * migrated), stops first on shutdown, letting running deadlines finish. A stopped
	 * scheduler cannot start again, so each start builds a new one.
	 */
	static final class DeadlinePolling implements SmartLifecycle {

		private final java.util.function.Supplier<Scheduler> schedulers;

		private volatile Scheduler running;

		DeadlinePolling(java.util.function.Supplier<Scheduler> schedulers) {
			this.schedulers = schedulers;
		}

		@Override
		public synchronized void start() {
			if (running == null) {
				running = schedulers.get();
				running.start();
			}
		}

		@Override
		public synchronized void stop() {
			if (running != null) {
				running.stop();
				running = null;
			}
		}

		@Override
		public boolean isRunning() {
			return running != null;
		}

		/** Looks for due deadlines now rather than at the next poll. */
		void lookNow() {
			Scheduler scheduler = running;
			if (scheduler != null) {
				scheduler.triggerCheckForDueExecutions();
			}
		}

	}

}
