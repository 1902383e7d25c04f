package io.tierdesk.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Insert and read only: no update or delete is offered, so the log is append-only by
 * construction.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	/**
	 * Every parameter is given (no "is null" tests, whose parameter types PostgreSQL
	 * cannot infer): {@code action} empty for every kind, {@code pattern} "%" for every
	 * person, and ids and subjects of no row when no user matched.
	 */
	@Query("""
			select e from AuditEntry e
			where (:action = '' or e.action = :action)
			and (lower(coalesce(e.actorEmail, '')) like :pattern escape '\\' or lower(e.subject) like :pattern escape '\\'
				or e.actorId in :actorIds or e.subject in :userSubjects)
			and e.at >= :from and e.at < :to
			order by e.id desc""")
	Page<AuditEntry> search(@Param("action") String action, @Param("pattern") String pattern,
			@Param("actorIds") Collection<Long> actorIds, @Param("userSubjects") Collection<String> userSubjects,
			@Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

	/** The user's own sign-ins (by id) and failed sign-ins (by the email typed). */
	@Query("""
			select e from AuditEntry e
			where (e.action = 'SIGN_IN' and e.actorId = :userId)
			or (e.action = 'SIGN_IN_FAILED' and e.subject = :email)
			order by e.id desc""")
	List<AuditEntry> signInsOf(@Param("userId") long userId, @Param("email") String email, Pageable pageable);

}
