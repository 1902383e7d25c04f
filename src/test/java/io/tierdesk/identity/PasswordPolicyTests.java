package io.tierdesk.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void acceptsALongPassphrase() {
		assertThatCode(() -> PasswordPolicy.check("correct horse battery", "rita@example.org"))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesShortLongAndEmailBasedPasswords() {
		assertThatThrownBy(() -> PasswordPolicy.check("short", "rita@example.org")).hasMessageContaining("12 to 64");
		assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(65), "rita@example.org"))
			.hasMessageContaining("12 to 64");
		assertThatThrownBy(() -> PasswordPolicy.check("my-rita-password", "rita@example.org"))
			.hasMessageContaining("email");
	}

}
