package io.tierdesk.ticket.domain;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Saves a ticket with what it made in this unit of work (messages, attachments, timeline
 * entries, in order), then publishes its domain events, which the event publication
 * registry keeps in the same transaction.
 */
@Component
public class TicketStore {

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	TicketStore(EntityManager entityManager, ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.events = events;
	}

	public Ticket save(Ticket ticket) {
		if (ticket.isNew()) {
			entityManager.persist(ticket);
		}
		ticket.takeUnsaved().forEach(entityManager::persist);
		entityManager.flush();
		ticket.takeEvents().forEach(events::publishEvent);
		return ticket;
	}

}
