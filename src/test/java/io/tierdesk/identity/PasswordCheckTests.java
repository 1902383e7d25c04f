package io.tierdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordCheckTests {

	CountingEncoder encoder = new CountingEncoder();

	PasswordCheck check = new PasswordCheck(encoder);

	@Test
	void comparesOnceAgainstTheAccountsHash() {
		boolean right = check.matches("secret", encoder.encode("secret"));

		assertThat(right).isTrue();
		assertThat(encoder.comparisons).isEqualTo(1);
	}

	@Test
	void comparesOnceAgainstADummyWhenThereIsNoHash() {
		boolean right = check.matches("anything", null);

		assertThat(right).isFalse();
		assertThat(encoder.comparisons).isEqualTo(1);
	}

	/** Stands in for bcrypt: what matters here is how often it is asked. */
	static class CountingEncoder implements PasswordEncoder {

		int comparisons;

		@Override
		public String encode(CharSequence raw) {
			return "hash:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			comparisons++;
			return encoded.equals(encode(raw));
		}

	}

}
