package io.tierdesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.tierdesk.identity.IdentityEvents.SignInFailed;
import io.tierdesk.identity.IdentityEvents.SignInPaused;
import io.tierdesk.identity.IdentityEvents.UserSignedIn;
import io.tierdesk.identity.domain.SignInThrottle;
import io.tierdesk.identity.domain.SignInThrottleRepository;
import io.tierdesk.identity.domain.SignInThrottling;
import io.tierdesk.identity.domain.SignInThrottling.Verdict;
import io.tierdesk.identity.domain.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database half of a sign-in: locks the account's and the source's throttle rows,
 * applies {@link SignInThrottling}, and publishes what happened for audit, in one short
 * transaction (the password was compared before it began, so no row stays locked during
 * the slow hash).
 */
@Component
class SignInJudge {

	private final SignInThrottleRepository throttles;

	private final SignInThrottling throttling;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInJudge(SignInThrottleRepository throttles, SignInSettings settings, Directory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.throttles = throttles;
		this.throttling = settings.throttling();
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Admits an active account with the right password unless its account or source is
	 * paused; {@code account} is null when the email is nobody's.
	 */
	@Transactional
	Optional<Caller> judge(SignInAttempt attempt, @Nullable UserAccount account, boolean passwordRight) {
		Instant now = clock.instant();
		// Always the account's row before the source's, so two attempts never deadlock.
		SignInThrottle accountThrottle = account == null ? null
				: throttles.lock(SignInThrottle.accountSubject(account.id()));
		SignInThrottle sourceThrottle = throttles.lock(SignInThrottle.sourceSubject(attempt.source()));
		boolean admissible = account != null && account.isActive() && passwordRight;
		Verdict verdict = throttling.judge(accountThrottle, sourceThrottle, admissible, now);
		forgetIfEmpty(accountThrottle);
		forgetIfEmpty(sourceThrottle);
		if (account != null && verdict.admitted()) {
			events.publishEvent(new UserSignedIn(account.id(), account.email(), attempt.source(), now));
			return Optional.of(directory.asCaller(account));
		}
		events.publishEvent(new SignInFailed(attempt.email(), reason(verdict, account), attempt.source(), now));
		if (account != null && accountThrottle != null) {
			verdict.accountPauseStarted()
				.ifPresent(pause -> paused(account.id(), account.email(), accountThrottle, pause, attempt, now));
		}
		verdict.sourcePauseStarted()
			.ifPresent(pause -> paused(null, "address " + attempt.source(), sourceThrottle, pause, attempt, now));
		return Optional.empty();
	}

	private void paused(@Nullable Long userId, String subject, SignInThrottle throttle, Duration pause,
			SignInAttempt attempt, Instant now) {
		events.publishEvent(
				new SignInPaused(userId, subject, throttle.failures(), pause, now.plus(pause), attempt.source(), now));
	}

	private void forgetIfEmpty(@Nullable SignInThrottle throttle) {
		if (throttle != null && throttle.remembersNothing()) {
			throttles.delete(throttle);
		}
	}

	/** For the audit log only; the person signing in is never told which it was. */
	private static String reason(Verdict verdict, @Nullable UserAccount account) {
		return switch (verdict.outcome()) {
			case PAUSED -> "sign-in paused; password not checked";
			case ADMITTED -> "signed in";
			case WRONG -> account == null ? "no such account" : account.passwordHash() == null
					? "account has no password" : !account.isActive() ? "account deactivated" : "wrong password";
		};
	}

}
