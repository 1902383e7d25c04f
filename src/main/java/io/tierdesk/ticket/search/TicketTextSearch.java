package io.tierdesk.ticket.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.tierdesk.ticket.Visibility;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketMessage;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Finds tickets by the words of their subject, description and conversation, as a
 * predicate to put beside the access policy and the queue's filters. On PostgreSQL it
 * asks the full-text index ({@code ticket_search}, ranked by {@code ts_rank}: subject
 * above description above messages); on H2, the single-machine default, it scans with
 * LIKE and ranks subject matches first (docs/decisions.md has the figures behind both).
 * Internal notes count only for a caller who may see them ({@code visible}).
 */
@Component
public class TicketTextSearch {

	private final boolean fullText;

	TicketTextSearch(EntityManagerFactory entityManagerFactory) {
		this.fullText = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect() instanceof PostgreSQLDialect;
	}

	/**
	 * Tickets whose text has the words, or the ticket of that number; ordered by
	 * relevance when {@code ranked} (an order the page request must then leave alone).
	 */
	public Specification<Ticket> matching(SearchQuery query, Set<Visibility> visible, boolean ranked) {
		boolean staff = visible.contains(Visibility.INTERNAL);
		return (root, criteria, cb) -> {
			List<Predicate> any = new ArrayList<>();
			if (query.ticketNumber() != null) {
				any.add(cb.equal(root.get("id"), query.ticketNumber()));
			}
			if (query.hasWords()) {
				Expression<Number> rank;
				if (fullText) {
					// Every ticket has its row (a trigger writes it with the ticket).
					Join<Ticket, TicketSearchDocument> index = root.join(TicketSearchDocument.class);
					index.on(cb.equal(index.get("ticketId"), root.get("id")));
					Expression<String> doc = staff ? index.get("staffDoc")
							: cb.coalesce(index.<String>get("publicDoc"), index.<String>get("staffDoc"));
					Expression<String> text = cb.literal(query.text());
					any.add(cb.isTrue(cb.function(SearchFunctions.MATCHES, Boolean.class, doc, text)));
					rank = cb.function(SearchFunctions.RANK, Number.class, doc, text);
				}
				else {
					any.add(scan(query, visible, root, criteria, cb));
					rank = scanRank(query, root, cb);
				}
				if (ranked && !Long.class.equals(criteria.getResultType())) {
					criteria.orderBy(cb.desc(rank), cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
				}
			}
			return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
		};
	}

	/** H2: a word in the subject counts twice, in the description once. */
	@SuppressWarnings("unchecked")
	private static Expression<Number> scanRank(SearchQuery query, Root<Ticket> root, CriteriaBuilder cb) {
		Expression<Integer> rank = cb.literal(0);
		for (String word : query.words()) {
			rank = cb.sum(rank, cb.<Integer>selectCase().when(like(root.get("subject"), word, cb), 2).otherwise(0));
			rank = cb.sum(rank, cb.<Integer>selectCase().when(like(root.get("description"), word, cb), 1).otherwise(0));
		}
		return (Expression<Number>) (Expression<?>) rank;
	}

	/** H2: every word somewhere in the text, no excluded word anywhere. */
	private static Predicate scan(SearchQuery query, Set<Visibility> visible, Root<Ticket> root,
			jakarta.persistence.criteria.CommonAbstractCriteria criteria, CriteriaBuilder cb) {
		List<Predicate> all = new ArrayList<>();
		query.words().forEach(word -> all.add(anywhere(word, visible, root, criteria, cb)));
		query.excluded().forEach(word -> all.add(cb.not(anywhere(word, visible, root, criteria, cb))));
		return cb.and(all.toArray(Predicate[]::new));
	}

	private static Predicate anywhere(String word, Set<Visibility> visible, Root<Ticket> root,
			jakarta.persistence.criteria.CommonAbstractCriteria criteria, CriteriaBuilder cb) {
		Subquery<Long> messages = criteria.subquery(Long.class);
		Root<TicketMessage> message = messages.from(TicketMessage.class);
		messages.select(message.get("id"))
			.where(cb.equal(message.get("ticket"), root), message.get("visibility").in(visible),
					like(message.get("body"), word, cb));
		return cb.or(like(root.get("subject"), word, cb), like(root.get("description"), word, cb), cb.exists(messages));
	}

	private static Predicate like(Expression<String> column, String word, CriteriaBuilder cb) {
		String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return cb.like(cb.lower(column), pattern, '\\');
	}

}
