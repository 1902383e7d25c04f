package io.tierdesk.ticket;

import java.time.Clock;

import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Users;
import io.tierdesk.ticket.attachment.AttachmentStore;
import io.tierdesk.ticket.domain.CategoryRepository;
import io.tierdesk.ticket.domain.IdempotencyRepository;
import io.tierdesk.ticket.domain.CurrentPriorityMatrix;
import io.tierdesk.ticket.domain.TicketRepository;
import io.tierdesk.ticket.domain.TicketStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the ticket services share: repositories, the directory, transactions and the
 * clock. Holding them together lets {@link Tickets#at(Clock)} give a copy running on
 * another clock (demo data and history import replay the past).
 */
@Component
record TicketDesk(TicketRepository tickets, TicketStore store, CategoryRepository categories,
		CurrentPriorityMatrix matrix, IdempotencyRepository idempotency, Directory directory, Users users,
		TicketViewAssembler views, AttachmentStore attachments, TransactionTemplate transactions, Clock clock) {

	TicketDesk withClock(Clock other) {
		return new TicketDesk(tickets, store, categories, matrix, idempotency, directory, users, views, attachments,
				transactions, other);
	}

}
