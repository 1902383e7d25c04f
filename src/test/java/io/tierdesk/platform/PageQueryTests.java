package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PageQueryTests {

	static final Set<String> SORTABLE = Set.of("priority", "createdAt");

	@Test
	void defaultsToTheFirstPageOfFiftyInTheDefaultOrder() {
		assertThat(PageQuery.of(null, null, null, SORTABLE, "priority,asc"))
			.isEqualTo(new PageQuery(0, 50, "priority", true));
	}

	@Test
	void readsFieldAndDirection() {
		assertThat(PageQuery.of(2, 10, "createdAt,DESC", SORTABLE, "priority"))
			.isEqualTo(new PageQuery(2, 10, "createdAt", false));
	}

	@Test
	void refusesNegativePagesSizesOutOfRangeAndUnknownSortFields() {
		assertThatThrownBy(() -> PageQuery.of(-1, null, null, SORTABLE, "priority")).hasMessageContaining("page");
		assertThatThrownBy(() -> PageQuery.of(0, 0, null, SORTABLE, "priority")).hasMessageContaining("size");
		assertThatThrownBy(() -> PageQuery.of(0, 10_000, null, SORTABLE, "priority")).hasMessageContaining("size");
		assertThatThrownBy(() -> PageQuery.of(0, 10, "password", SORTABLE, "priority"))
			.hasMessageContaining("unknown sort field 'password'");
		assertThatThrownBy(() -> PageQuery.of(0, 10, "priority,sideways", SORTABLE, "priority"))
			.hasMessageContaining("asc or desc");
	}

	@Test
	void refusesAPageWhoseOffsetTheDatabaseCannotTake() {
		assertThatThrownBy(() -> PageQuery.of(Integer.MAX_VALUE, 50, null, SORTABLE, "priority"))
			.isInstanceOf(Problem.InvalidInput.class)
			.hasMessageContaining("page");
		assertThat(PageQuery.of(Integer.MAX_VALUE / 50, 50, null, SORTABLE, "priority").offset())
			.isLessThanOrEqualTo(Integer.MAX_VALUE);
	}

}
