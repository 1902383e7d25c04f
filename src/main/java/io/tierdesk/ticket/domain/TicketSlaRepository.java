package io.tierdesk.ticket.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketSlaRepository extends JpaRepository<TicketSla, Long> {

}
