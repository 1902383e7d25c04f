package io.tierdesk.ticket.domain;

import java.util.Collection;
import java.util.List;

import io.tierdesk.ticket.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<TicketMessage, Long> {

	@Query("select m from TicketMessage m where m.ticket.id = :ticketId and m.visibility in :visible order by m.id")
	List<TicketMessage> findVisible(long ticketId, Collection<Visibility> visible);

	/** A message's text and its ticket, for search excerpts. */
	record MessageText(long ticketId, String body) {
	}

	/**
	 * The messages of a page of tickets, each ticket's oldest first (search excerpts).
	 */
	@Query("select new io.tierdesk.ticket.domain.MessageRepository$MessageText(m.ticket.id, m.body)"
			+ " from TicketMessage m where m.ticket.id in :ticketIds and m.visibility in :visible order by m.id")
	List<MessageText> findTextsIn(Collection<Long> ticketIds, Collection<Visibility> visible);

}
