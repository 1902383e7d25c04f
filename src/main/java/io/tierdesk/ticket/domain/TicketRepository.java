package io.tierdesk.ticket.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

	/**
	 * The ticket, locked until the transaction ends: messages carry no version, so
	 * concurrent replies and notes on one ticket queue up here instead of failing each
	 * other's optimistic check.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Ticket t where t.id = :id")
	Optional<Ticket> findForUpdate(long id);

}
