package io.tierdesk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.tierdesk.identity.Role;
import org.junit.jupiter.api.Test;

class UserAccountTests {

	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	UserAccount user = new UserAccount(" Rita@Example.ORG ", "Rita", Role.REQUESTER, null, NOW);

	@Test
	void keepsEmailsLowerCaseAndTrimmed() {
		assertThat(user.email()).isEqualTo("rita@example.org");
	}

}
