package io.tierdesk.ticket.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import io.tierdesk.identity.Caller;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;

/**
 * The rule for "something new since I last looked" (Zammad's and Freshservice's unseen
 * marker): a reply, note, status change or assignment that this person may see, happened
 * after they last opened the ticket, and is not their own doing. What the ticket's
 * creation wrote is not news, and neither is what the system did in the same instant as
 * one of the person's own actions (the requester's reply moving a pending ticket back to
 * open): a person's action and its consequences share the instant of its transaction.
 */
@Component
public class NewSinceLastLook {

	static final Set<TimelineKind> NEWS = EnumSet.of(TimelineKind.REPLY, TimelineKind.NOTE, TimelineKind.STATUS,
			TimelineKind.ASSIGNEE);

	private final EntityManager entities;

	NewSinceLastLook(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * Which of these tickets (a page of a list) have news for the caller: one query,
	 * whatever the page's size.
	 */
	public Set<Long> among(Collection<Long> ticketIds, Caller caller) {
		if (ticketIds.isEmpty()) {
			return Set.of();
		}
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Ticket> ticket = query.from(Ticket.class);
		query.select(ticket.get("id")).where(ticket.get("id").in(ticketIds), hasNews(ticket, query, cb, caller));
		return Set.copyOf(entities.createQuery(query).getResultList());
	}

	private static Predicate hasNews(Root<Ticket> ticket, CriteriaQuery<?> query, CriteriaBuilder cb, Caller caller) {
		Subquery<Long> news = query.subquery(Long.class);
		Root<TimelineEntry> entry = news.from(TimelineEntry.class);
		news.select(entry.get("id"))
			.where(cb.equal(entry.get("ticket").get("id"), ticket.get("id")), entry.get("kind").in(NEWS),
					entry.get("visibility").in(TicketAccess.visibilities(caller)),
					cb.greaterThan(entry.get("at"), ticket.<Instant>get("createdAt")),
					cb.or(cb.isNull(entry.get("actorId")), cb.notEqual(entry.get("actorId"), caller.id())),
					cb.not(cb.exists(lookedSince(news, ticket, entry, cb, caller))),
					cb.not(cb.exists(ownActionThen(news, ticket, entry, cb, caller))));
		return cb.exists(news);
	}

	/** The caller opened the ticket at or after the entry. */
	private static Subquery<Long> lookedSince(Subquery<Long> news, Root<Ticket> ticket, Root<TimelineEntry> entry,
			CriteriaBuilder cb, Caller caller) {
		Subquery<Long> looked = news.subquery(Long.class);
		Root<TicketSeen> seen = looked.from(TicketSeen.class);
		return looked.select(seen.get("userId"))
			.where(cb.equal(seen.get("ticketId"), ticket.get("id")), cb.equal(seen.get("userId"), caller.id()),
					cb.greaterThanOrEqualTo(seen.<Instant>get("seenAt"), entry.<Instant>get("at")));
	}

	/** The caller did something to the ticket in the same instant. */
	private static Subquery<Long> ownActionThen(Subquery<Long> news, Root<Ticket> ticket, Root<TimelineEntry> entry,
			CriteriaBuilder cb, Caller caller) {
		Subquery<Long> own = news.subquery(Long.class);
		Root<TimelineEntry> mine = own.from(TimelineEntry.class);
		return own.select(mine.get("id"))
			.where(cb.equal(mine.get("ticket").get("id"), ticket.get("id")), cb.equal(mine.get("actorId"), caller.id()),
					cb.equal(mine.get("at"), entry.get("at")));
	}

}
