package io.tierdesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.tierdesk.identity.IdentityEvents.SignInUnlocked;
import io.tierdesk.identity.domain.SignInThrottle;
import io.tierdesk.identity.domain.SignInThrottleRepository;
import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password sign-in with throttling instead of lockout: every attempt costs one password
 * hash comparison, failures pause further attempts per account and per source address,
 * and an admin can lift an account's pause at once.
 */
@Service
public class SignIns {

	private final UserRepository users;

	private final PasswordCheck passwords;

	private final SignInJudge judge;

	private final SignInThrottleRepository throttles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration maxPause;

	SignIns(UserRepository users, PasswordCheck passwords, SignInJudge judge, SignInThrottleRepository throttles,
			ApplicationEventPublisher events, Clock clock, SignInSettings settings) {
		this.maxPause = settings.maxPause();
		this.users = users;
		this.passwords = passwords;
		this.judge = judge;
		this.throttles = throttles;
		this.events = events;
		this.clock = clock;
	}

	static final String NOT_AN_EMAIL = "(not an email)";

	/**
	 * The caller, or empty for every kind of refusal alike: wrong password, unknown
	 * email, no password, deactivated, paused.
	 */
	public Optional<Caller> attempt(String email, String password, @Nullable String source) {
		String normalised = UserAccount.normalise(email);
		boolean plausible = couldBeAnEmail(normalised);
		UserAccount account = plausible ? users.findByEmail(normalised).orElse(null) : null;
		boolean right = passwords.matches(password, account == null ? null : account.passwordHash());
		return judge.judge(new SignInAttempt(plausible ? normalised : NOT_AN_EMAIL, source), account, right);
	}

	/**
	 * No account has a longer email or one with control characters; looking such a value
	 * up would only fail in PostgreSQL (a NUL is refused there), so it is an unknown
	 * email like any other, with the same answer and the same cost; the audit log records
	 * it as {@link #NOT_AN_EMAIL}.
	 */
	private static boolean couldBeAnEmail(String email) {
		return email.length() <= UserViews.EMAIL_MAX && email.chars().noneMatch(Character::isISOControl);
	}

	/**
	 * When every pause running now has ended at the latest, the same for every account
	 * and for no account: a paused attempt is not counted, so no pause outlasts the last
	 * counted failure by more than the longest pause. The sign-in page tells this to
	 * every refused person alike, so it says when a paused account opens without saying
	 * whether it exists or is paused.
	 */
	public Instant pausesEndBy() {
		return clock.instant().plus(maxPause);
	}

	@Transactional(readOnly = true)
	public SignInStanding standing(long userId, Caller by) {
		Users.requireAdmin(by);
		return throttles.findById(SignInThrottle.accountSubject(userId))
			.map(t -> new SignInStanding(t.failures(),
					t.isPausedAt(clock.instant()) ? t.pausedUntil().orElse(null) : null))
			.orElse(SignInStanding.CLEAR);
	}

	/**
	 * Lifts the account's pause and forgets its failures; audited even when there was
	 * none.
	 */
	@Transactional
	public void unlock(long userId, Caller by) {
		Users.requireAdmin(by);
		UserAccount user = users.findById(userId).orElseThrow(() -> new Problem.NotFound("User " + userId));
		throttles.findById(SignInThrottle.accountSubject(userId)).ifPresent(throttles::delete);
		events.publishEvent(new SignInUnlocked(userId, user.email(), by.id(), clock.instant()));
	}

}
