package io.tierdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTests {

	@Test
	void labelsAreWordsForPeople() {
		assertThat(Role.SECURITY_ANALYST.label()).isEqualTo("Security analyst");
		assertThat(Role.values()).allSatisfy(role -> assertThat(role.label()).doesNotContain("_")
			.isNotEqualTo(role.name())
			.matches("\\p{Lu}[\\p{Ll} ]+"));
	}

}
