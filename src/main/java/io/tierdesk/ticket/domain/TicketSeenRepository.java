package io.tierdesk.ticket.domain;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface TicketSeenRepository extends JpaRepository<TicketSeen, TicketSeen.Key> {

	/**
	 * Remembers that the person looked now. Insert-or-nothing then a forward-only update:
	 * two tabs opening the ticket at once never fail on the primary key, and a slower
	 * request never moves the time back.
	 */
	@Transactional
	default void look(long userId, long ticketId, Instant now) {
		if (insertIfAbsent(userId, ticketId, now) == 0) {
			moveForward(userId, ticketId, now);
		}
	}

	@Modifying
	@Query(value = "insert into ticket_seen (user_id, ticket_id, seen_at) values (:userId, :ticketId, :now) "
			+ "on conflict do nothing", nativeQuery = true)
	int insertIfAbsent(long userId, long ticketId, Instant now);

	@Modifying
	@Query("update TicketSeen s set s.seenAt = :now where s.userId = :userId and s.ticketId = :ticketId "
			+ "and s.seenAt < :now")
	int moveForward(long userId, long ticketId, Instant now);

}
