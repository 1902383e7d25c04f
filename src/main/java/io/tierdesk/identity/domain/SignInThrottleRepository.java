package io.tierdesk.identity.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SignInThrottleRepository extends JpaRepository<SignInThrottle, String> {

	/**
	 * The row, created if missing and locked until the transaction ends: concurrent
	 * attempts on one account or address, on any node, are judged one after the other.
	 */
	default SignInThrottle lock(String subject) {
		insertIfMissing(subject);
		return findLocked(subject).orElseThrow();
	}

	/**
	 * Same SQL on H2 (PostgreSQL mode) and PostgreSQL; a racing insert is not an error.
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "insert into sign_in_throttle (subject, failures) values (:subject, 0) on conflict do nothing",
			nativeQuery = true)
	void insertIfMissing(String subject);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from SignInThrottle t where t.subject = :subject")
	Optional<SignInThrottle> findLocked(String subject);

}
