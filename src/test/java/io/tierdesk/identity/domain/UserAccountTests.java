package io.tierdesk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.tierdesk.identity.Role;
import org.junit.jupiter.api.Test;

class UserAccountTests {

	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	static final Duration LOCK = Duration.ofMinutes(15);

	UserAccount user = new UserAccount(" Rita@Example.ORG ", "Rita", Role.REQUESTER, null, NOW);

	@Test
	void keepsEmailsLowerCaseAndTrimmed() {
		assertThat(user.email()).isEqualTo("rita@example.org");
	}

	@Test
	void locksAfterTheFifthFailureInARowForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			assertThat(user.recordFailedSignIn(5, LOCK, NOW)).isFalse();
		}

		assertThat(user.recordFailedSignIn(5, LOCK, NOW)).isTrue();
		assertThat(user.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(user.isLockedAt(NOW.plus(LOCK))).isFalse();
	}

	@Test
	void successfulSignInResetsTheCount() {
		for (int i = 0; i < 4; i++) {
			user.recordFailedSignIn(5, LOCK, NOW);
		}

		user.recordSignIn();

		assertThat(user.recordFailedSignIn(5, LOCK, NOW)).isFalse();
	}

}
