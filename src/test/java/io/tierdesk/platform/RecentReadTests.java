package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.tierdesk.MutableClock;
import org.junit.jupiter.api.Test;

class RecentReadTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));

	AtomicInteger reads = new AtomicInteger();

	RecentRead<Integer> value = new RecentRead<>(Duration.ofSeconds(10), clock, reads::incrementAndGet);

	@Test
	void readsOnceWhileFresh() {
		value.get();
		clock.advance(Duration.ofSeconds(9));

		assertThat(value.get()).isEqualTo(1);
	}

	@Test
	void readsAgainWhenStale() {
		value.get();
		clock.advance(Duration.ofSeconds(10));

		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void readsAgainAfterForgetOrOnReload() {
		value.get();
		value.forget();

		assertThat(value.get()).isEqualTo(2);
		assertThat(value.reload()).isEqualTo(3);
	}

}
