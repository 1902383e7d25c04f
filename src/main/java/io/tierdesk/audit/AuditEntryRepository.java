package io.tierdesk.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Insert and read only: no update or delete is offered, so the log is append-only by
 * construction.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAllByOrderByIdDesc(Pageable pageable);

	Page<AuditEntry> findByActionOrderByIdDesc(String action, Pageable pageable);

}
