package io.tierdesk.identity;

import java.time.Duration;

import io.tierdesk.identity.domain.SignInThrottling;
import io.tierdesk.identity.domain.ThrottleRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tierdesk.sign-in.*} (README lists them): how failed sign-ins pause further
 * guesses. A source address gets more free failures than an account because many people
 * can share one (an office behind one router).
 */
@ConfigurationProperties("tierdesk.sign-in")
record SignInSettings(@DefaultValue("5") int freeFailures, @DefaultValue("20") int sourceFreeFailures,
		@DefaultValue("1s") Duration firstPause, @DefaultValue("5m") Duration maxPause,
		@DefaultValue("1h") Duration forgetAfter) {

	SignInThrottling throttling() {
		return new SignInThrottling(rule(freeFailures), rule(sourceFreeFailures));
	}

	private ThrottleRule rule(int free) {
		return new ThrottleRule(free, firstPause, maxPause, forgetAfter);
	}

}
