package io.tierdesk.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.domain.NewSinceLastLook;
import io.tierdesk.ticket.domain.TicketSeenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each person last looked at a ticket, and which tickets of a list have news for
 * them since (see {@link NewSinceLastLook} for the rule). Only opening the ticket's page
 * counts as looking: an API read may be a script polling with the person's token, and
 * must not clear what the person has not read.
 */
@Service
public class LastLooks {

	private final TicketSeenRepository seen;

	private final NewSinceLastLook news;

	private final Clock clock;

	LastLooks(TicketSeenRepository seen, NewSinceLastLook news, Clock clock) {
		this.seen = seen;
		this.news = news;
		this.clock = clock;
	}

	/** The caller opened the ticket (already checked to be visible to them) just now. */
	public void looked(long ticketId, Caller caller) {
		seen.look(caller.id(), ticketId, clock.instant());
	}

	/** The tickets of this page with news for the caller. */
	@Transactional(readOnly = true)
	public Set<Long> newAmong(List<TicketView> page, Caller caller) {
		return news.among(page.stream().map(TicketView::id).toList(), caller);
	}

}
