package io.tierdesk.ticket.domain;

import java.util.Collection;
import java.util.List;

import io.tierdesk.ticket.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<TicketMessage, Long> {

	@Query("select m from TicketMessage m where m.ticket.id = :ticketId and m.visibility in :visible order by m.id")
	List<TicketMessage> findVisible(long ticketId, Collection<Visibility> visible);

}
