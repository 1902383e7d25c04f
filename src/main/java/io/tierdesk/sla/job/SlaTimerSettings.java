package io.tierdesk.sla.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tierdesk.sla.*} (README lists them): how often each node looks for deadlines
 * that fell due. A deadline acts at most this late; every look is one indexed query.
 */
@ConfigurationProperties("tierdesk.sla")
record SlaTimerSettings(@DefaultValue("10s") Duration timerPoll, @DefaultValue("2") int timerThreads) {

	SlaTimerSettings {
		if (timerPoll.isNegative() || timerPoll.isZero()) {
			throw new IllegalArgumentException("tierdesk.sla.timer-poll must be positive");
		}
		if (timerThreads < 1) {
			throw new IllegalArgumentException("tierdesk.sla.timer-threads must be at least 1");
		}
	}

}
