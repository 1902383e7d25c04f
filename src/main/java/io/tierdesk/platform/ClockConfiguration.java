package io.tierdesk.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every time rule reads the time from this bean, so tests can replace it with a fixed or
 * mutable clock, and history can be replayed on it ({@link ReplayClock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean(Clock.class)
	ReplayClock clock() {
		return new ReplayClock(Clock.systemUTC());
	}

}
