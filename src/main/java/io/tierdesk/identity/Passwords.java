package io.tierdesk.identity;

import java.security.SecureRandom;
import java.time.Clock;

import io.tierdesk.identity.IdentityEvents.PasswordChanged;
import io.tierdesk.identity.IdentityEvents.PasswordIssued;
import io.tierdesk.identity.domain.SignInThrottle;
import io.tierdesk.identity.domain.SignInThrottleRepository;
import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import io.tierdesk.platform.Problem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password (knowing the current one); an admin gives someone a
 * generated password, shown once: a reset, or the first portal access of a requester
 * created from a phone call, who had none.
 */
@Service
@Transactional
public class Passwords {

	/**
	 * Letters and digits nobody misreads when reading a password out over the phone (no
	 * 0/o, 1/l/i).
	 */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	/** Four groups of five: about 99 bits, typed without looking twice. */
	private static final int GROUPS = 4;

	private static final int GROUP_LENGTH = 5;

	private final UserRepository users;

	private final PasswordCheck check;

	private final PasswordEncoder encoder;

	private final SignInThrottleRepository throttles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Passwords(UserRepository users, PasswordCheck check, PasswordEncoder encoder, SignInThrottleRepository throttles,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.check = check;
		this.encoder = encoder;
		this.throttles = throttles;
		this.events = events;
		this.clock = clock;
	}

	/** The API's and the account page's change: the current password and a new one. */
	public record PasswordChange(@NotBlank @Size(max = UserViews.PASSWORD_MAX) String currentPassword,
			@NotBlank @Size(max = UserViews.PASSWORD_MAX) String newPassword) {
	}

	/**
	 * The only time the generated password is ever shown; {@code firstAccess} when the
	 * user had no password before.
	 */
	public record IssuedPassword(long userId, String email, String password, boolean firstAccess) {
	}

	/**
	 * Refuses a wrong current password beside its field, and a new one that breaks the
	 * policy or is the current one beside the new one's.
	 */
	public void change(PasswordChange change, Caller by) {
		UserAccount user = users.findById(by.id()).orElseThrow(() -> new Problem.NotFound("User " + by.id()));
		if (!check.matches(change.currentPassword(), user.passwordHash())) {
			throw new Problem.InvalidInput("currentPassword", "is not your current password");
		}
		PasswordPolicy.check(change.newPassword(), user.email(), "newPassword");
		if (change.newPassword().equals(change.currentPassword())) {
			throw new Problem.InvalidInput("newPassword", "must differ from your current password");
		}
		user.setPasswordHash(encoder.encode(change.newPassword()));
		events.publishEvent(new PasswordChanged(user.id(), user.email(), clock.instant()));
	}

	/**
	 * Replaces the user's password with a generated one and lifts any sign-in pause of
	 * the account (the reason for a reset is often a forgotten password and the pause its
	 * guesses started). The old password stops working at once.
	 */
	public IssuedPassword issue(long userId, Caller by) {
		Users.requireAdmin(by);
		UserAccount user = users.findById(userId).orElseThrow(() -> new Problem.NotFound("User " + userId));
		boolean firstAccess = user.passwordHash() == null;
		String password = generate(user.email());
		user.setPasswordHash(encoder.encode(password));
		throttles.findById(SignInThrottle.accountSubject(userId)).ifPresent(throttles::delete);
		events.publishEvent(new PasswordIssued(userId, user.email(), firstAccess, by.id(), clock.instant()));
		return new IssuedPassword(userId, user.email(), password, firstAccess);
	}

	private String generate(String email) {
		while (true) {
			StringBuilder password = new StringBuilder();
			for (int i = 0; i < GROUPS * GROUP_LENGTH; i++) {
				if (i > 0 && i % GROUP_LENGTH == 0) {
					password.append('-');
				}
				password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			try {
				PasswordPolicy.check(password.toString(), email);
				return password.toString();
			}
			catch (Problem.InvalidInput containsTheEmailName) {
				// A one- or two-letter email name can turn up by chance: draw again.
			}
		}
	}

}
