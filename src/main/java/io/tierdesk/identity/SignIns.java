package io.tierdesk.identity;

import java.time.Clock;
import java.time.Duration;

import io.tierdesk.identity.IdentityEvents.SignInFailed;
import io.tierdesk.identity.IdentityEvents.UserSignedIn;
import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import io.tierdesk.platform.TierdeskProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sign-in outcomes: resets or counts failures, locks after too many, and tells
 * audit either way.
 */
@Service
@Transactional
public class SignIns {

	private final UserRepository users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TierdeskProperties.SignIn policy;

	SignIns(UserRepository users, ApplicationEventPublisher events, Clock clock, TierdeskProperties properties) {
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.policy = properties.signIn();
	}

	public void succeeded(String email, @Nullable String remoteAddress) {
		users.findByEmail(UserAccount.normalise(email)).ifPresent(user -> {
			user.recordSignIn();
			events.publishEvent(new UserSignedIn(user.id(), user.email(), remoteAddress, clock.instant()));
		});
	}

	public void failed(String email, String reason, @Nullable String remoteAddress) {
		String normalised = UserAccount.normalise(email);
		String outcome = users.findByEmail(normalised)
			.map(user -> user.recordFailedSignIn(policy.maxFailures(), Duration.ofMinutes(policy.lockMinutes()),
					clock.instant()) ? reason + "; account locked for " + policy.lockMinutes() + " minutes" : reason)
			.orElse(reason);
		events.publishEvent(new SignInFailed(normalised, outcome, remoteAddress, clock.instant()));
	}

	/**
	 * A sign-in refused for a reason other than the password (locked, deactivated):
	 * audited, not counted.
	 */
	public void refused(String email, String reason, @Nullable String remoteAddress) {
		events.publishEvent(new SignInFailed(UserAccount.normalise(email), reason, remoteAddress, clock.instant()));
	}

}
