package io.tierdesk.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no user at all) creates the admin from
 * {@code tierdesk.bootstrap.*}. Without a configured password a random one is generated
 * and printed once: it is not stored anywhere but as its hash.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserRepository users;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final BootstrapSettings bootstrap;

	private final Clock clock;

	AdminBootstrap(UserRepository users, ApiTokens tokens, PasswordEncoder passwords, BootstrapSettings bootstrap,
			Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.bootstrap = bootstrap;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		UserAccount admin = users
			.save(new UserAccount(bootstrap.adminEmail(), "Administrator", Role.ADMIN, null, clock.instant()));
		String password = bootstrap.adminPassword();
		if (password == null || password.isBlank()) {
			password = randomPassword();
			log.warn("Created the first admin {} with the generated password: {}  (shown once; change it)",
					admin.email(), password);
		}
		else {
			log.info("Created the first admin {} with the configured password", admin.email());
		}
		admin.setPasswordHash(passwords.encode(password));
		if (bootstrap.adminToken() != null && !bootstrap.adminToken().isBlank()) {
			tokens.adopt(admin, bootstrap.adminToken());
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
