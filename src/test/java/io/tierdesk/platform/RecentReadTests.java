package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.tierdesk.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	@Test
	void forgetsOnlyOnceTheTransactionCommits() {
		value.get();
		inTransaction(() -> {
			value.forgetAfterCommit();

			assertThat(value.get()).as("inside the transaction").isEqualTo(1);
		}, TransactionSynchronization::afterCommit);

		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void keepsTheValueWhenTheTransactionRollsBack() {
		value.get();

		inTransaction(value::forgetAfterCommit, s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

		assertThat(value.get()).isEqualTo(1);
	}

	/**
	 * Runs {@code work} with transaction synchronization on, then ends it the way
	 * {@code end} says, as Spring's transaction manager would.
	 */
	private static void inTransaction(Runnable work, Consumer<TransactionSynchronization> end) {
		TransactionSynchronizationManager.initSynchronization();
		try {
			work.run();
			TransactionSynchronizationManager.getSynchronizations().forEach(end);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

}
