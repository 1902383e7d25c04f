package io.tierdesk.platform.ratelimit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The rate limit runs in front of Spring Security, on every request but static files. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
@ConditionalOnProperty(name = "tierdesk.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitSettings settings, Clock clock, JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new RateLimitFilter(settings, clock, json));
		// Spring Security's filter chain is registered at -100: this runs first, so
		// requests that authentication would refuse are counted too.
		registration.setOrder(-110);
		return registration;
	}

}
