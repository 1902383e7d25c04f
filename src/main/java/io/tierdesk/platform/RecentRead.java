package io.tierdesk.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read again at most every {@code freshFor}: for small data that every request
 * needs and that rarely changes (the priority matrix, the teams). Nothing here is the
 * only copy of anything; the database stays the truth, and a node sees another node's
 * change within {@code freshFor}.
 */
public final class RecentRead<T> {

	private final Duration freshFor;

	private final Clock clock;

	private final Supplier<T> read;

	private volatile @Nullable Snapshot<T> snapshot;

	public RecentRead(Duration freshFor, Clock clock, Supplier<T> read) {
		this.freshFor = freshFor;
		this.clock = clock;
		this.read = read;
	}

	public T get() {
		Snapshot<T> current = snapshot;
		Instant now = clock.instant();
		return current != null && now.isBefore(current.readAt().plus(freshFor)) ? current.value() : reload();
	}

	/**
	 * Reads now, for when the caller knows the value changed (or lacks something it
	 * should have).
	 */
	public T reload() {
		T value = read.get();
		snapshot = new Snapshot<>(value, clock.instant());
		return value;
	}

	public void forget() {
		snapshot = null;
	}

	/**
	 * Forgets once the current transaction commits (at once outside one): forgetting
	 * earlier would let a read inside the transaction, or on another thread before the
	 * commit, cache the old value again, or a value that a rollback then takes back.
	 */
	public void forgetAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			forget();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				forget();
			}
		});
	}

	private record Snapshot<T>(T value, Instant readAt) {
	}

}
