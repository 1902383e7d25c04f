package io.tierdesk.ticket;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.MessageView;
import io.tierdesk.ticket.TicketViews.TicketLink;
import io.tierdesk.ticket.TicketViews.TicketFilter;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.TicketViews.TimelineItem;
import io.tierdesk.ticket.attachment.AttachmentStore;
import io.tierdesk.ticket.attachment.ContentSniffer;
import io.tierdesk.ticket.domain.Attachment;
import io.tierdesk.ticket.domain.AttachmentRepository;
import io.tierdesk.ticket.domain.MessageRepository;
import io.tierdesk.ticket.domain.Ticket;
import io.tierdesk.ticket.domain.TicketAccess;
import io.tierdesk.ticket.domain.TicketMessage;
import io.tierdesk.ticket.domain.TicketRepository;
import io.tierdesk.ticket.domain.TimelineEntry;
import io.tierdesk.ticket.domain.TimelineRepository;
import io.tierdesk.ticket.search.Highlighter;
import io.tierdesk.ticket.search.Highlighter.Piece;
import io.tierdesk.ticket.search.SearchHit;
import io.tierdesk.ticket.search.SearchQuery;
import io.tierdesk.ticket.search.TicketTextSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tickets: one, a filtered page, a timeline, a conversation, an attachment;
 * always through the access policy.
 */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

	/**
	 * Sort fields a list offers; every sort ends with age and number so pages are stable.
	 */
	public static final Set<String> SORTABLE = Set.of(TicketQueries.RELEVANCE, "priority", "createdAt", "updatedAt",
			"status", "subject", "id", NearestDueOrder.FIELD);

	public static final String QUEUE_ORDER = "priority,asc";

	/**
	 * Best match first, for a list with words to search ({@code q}); without words it is
	 * the queue's order.
	 */
	public static final String RELEVANCE = "relevance";

	/** The most matches a search ranks; more are listed newest first. */
	public static final int RANK_LIMIT = 10_000;

	private final TicketRepository tickets;

	private final TimelineRepository timeline;

	private final MessageRepository messages;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final TicketViewAssembler views;

	private final io.tierdesk.identity.Directory directory;

	private final TicketTextSearch search;

	TicketQueries(TicketRepository tickets, TimelineRepository timeline, MessageRepository messages,
			AttachmentRepository attachments, AttachmentStore store, TicketViewAssembler views,
			io.tierdesk.identity.Directory directory, TicketTextSearch search) {
		this.search = search;
		this.tickets = tickets;
		this.timeline = timeline;
		this.messages = messages;
		this.attachments = attachments;
		this.store = store;
		this.views = views;
		this.directory = directory;
	}

	public TicketView get(long ticketId, Caller caller) {
		return views.view(visible(ticketId, caller));
	}

	/** Whether the ticket exists and the caller may see it (a search box's number). */
	public boolean canSee(long ticketId, Caller caller) {
		return tickets.findById(ticketId).filter(t -> TicketAccess.canSee(caller, t)).isPresent();
	}

	public PageOf<TicketView> list(TicketFilter filter, PageQuery paging, Caller caller) {
		requireStaffFor(filter, caller);
		if (paging.sortField().equals(RELEVANCE) && SearchQuery.parse(filter.q()).hasWords()) {
			return ranked(filter, paging, caller);
		}
		String field = paging.sortField().equals(RELEVANCE) ? "priority" : paging.sortField();
		return page(where(filter, caller, false), paging, field);
	}

	/**
	 * The tickets of the caller's colleagues that their organisation shares with them
	 * (none when it does not share): the portal's "My organisation" list.
	 */
	public PageOf<TicketView> colleagues(PageQuery paging, Caller caller) {
		return page(TicketAccess.sharedWith(caller), paging, paging.sortField());
	}

	/** The follow-ups of a ticket that the caller may see, oldest first. */
	public List<TicketLink> followUps(long ticketId, Caller caller) {
		Specification<Ticket> following = (root, query, cb) -> cb.equal(root.get("followUpOf"), ticketId);
		return tickets.findAll(TicketAccess.visibleTo(caller).and(following), Sort.by("id"))
			.stream()
			.map(t -> new TicketLink(t.id(), t.number(), t.subject()))
			.toList();
	}

	private PageOf<TicketView> page(Specification<Ticket> where, PageQuery paging, String field) {
		Sort.Direction direction = paging.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
		boolean byDue = field.equals(NearestDueOrder.FIELD);
		Sort sort = byDue ? Sort.unsorted() : Sort.by(direction, field).and(Sort.by("createdAt", "id"));
		Specification<Ticket> ordered = byDue ? where.and(NearestDueOrder.of(paging.ascending())) : where;
		Page<Ticket> page = tickets.findAll(ordered, PageRequest.of(paging.page(), paging.size(), sort));
		return new PageOf<>(views.views(page.getContent()), paging.page(), paging.size(), page.getTotalElements());
	}

	/**
	 * Best match first, up to {@value #RANK_LIMIT} matches; past that, newest first.
	 * Ranking reads every match's document (2 s for a word in 280,000 of 1,000,000
	 * tickets, docs/benchmarks.md) where the newest matches come straight from the
	 * primary key; so many matches call for another word anyway.
	 */
	private PageOf<TicketView> ranked(TicketFilter filter, PageQuery paging, Caller caller) {
		long total = tickets.count(where(filter, caller, false));
		boolean byRelevance = total <= RANK_LIMIT;
		// By relevance, the search orders the rows itself, and the page request adds
		// none.
		Sort sort = byRelevance ? Sort.unsorted() : Sort.by(Sort.Direction.DESC, "id");
		var page = PageRequest.of(paging.page(), paging.size(), sort);
		List<Ticket> items = tickets.findBy(where(filter, caller, byRelevance), q -> q.sortBy(sort).slice(page))
			.getContent();
		return new PageOf<>(views.views(items), paging.page(), paging.size(), total);
	}

	public long count(TicketFilter filter, Caller caller) {
		requireStaffFor(filter, caller);
		return tickets.count(where(filter, caller, false));
	}

	/**
	 * The access policy, the filters and the words: one predicate, so a search never
	 * reaches past what the caller may see.
	 */
	private org.springframework.data.jpa.domain.Specification<Ticket> where(TicketFilter filter, Caller caller,
			boolean ranked) {
		var where = TicketAccess.visibleTo(caller).and(TicketSpecifications.matching(filter));
		if (filter.q() == null || filter.q().isBlank()) {
			return where;
		}
		return where.and(search.matching(SearchQuery.parse(filter.q()), TicketAccess.visibilities(caller), ranked));
	}

	/**
	 * The searched words marked in a page of results: in the subject, and in an excerpt
	 * of the description or else of the first message the caller may see that has them.
	 */
	public Map<Long, SearchHit> hits(List<TicketView> page, SearchQuery query, Caller caller) {
		Highlighter highlighter = new Highlighter(query.words());
		Map<Long, List<Piece>> excerpts = new HashMap<>();
		page.forEach(t -> {
			List<Piece> excerpt = highlighter.excerpt(t.description());
			if (excerpt != null) {
				excerpts.put(t.id(), excerpt);
			}
		});
		List<Long> rest = page.stream().map(TicketView::id).filter(id -> !excerpts.containsKey(id)).toList();
		if (query.hasWords() && !rest.isEmpty()) {
			for (MessageRepository.MessageText m : messages.findTextsIn(rest, TicketAccess.visibilities(caller))) {
				if (!excerpts.containsKey(m.ticketId())) {
					List<Piece> excerpt = highlighter.excerpt(m.body());
					if (excerpt != null) {
						excerpts.put(m.ticketId(), excerpt);
					}
				}
			}
		}
		Map<Long, SearchHit> hits = new HashMap<>();
		page.forEach(t -> hits.put(t.id(), new SearchHit(highlighter.all(t.subject()), excerpts.get(t.id()))));
		return hits;
	}

	public List<TimelineItem> timeline(long ticketId, Caller caller) {
		visible(ticketId, caller);
		List<TimelineEntry> entries = timeline.findVisible(ticketId, TicketAccess.visibilities(caller));
		List<TicketMessage> withMessages = entries.stream()
			.map(TimelineEntry::message)
			.filter(java.util.Objects::nonNull)
			.toList();
		Map<Long, MessageView> messageViews = messageViews(withMessages);
		Set<Long> actorIds = entries.stream()
			.map(TimelineEntry::actorId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, UserSummary> actors = directory.users(actorIds);
		return entries.stream().map(e -> item(e, actors, messageViews)).toList();
	}

	private static TimelineItem item(TimelineEntry e, Map<Long, UserSummary> actors,
			Map<Long, MessageView> messageViews) {
		UserSummary actor = e.actorId() == null ? null
				: actors.getOrDefault(e.actorId(), TicketViewAssembler.UNKNOWN_USER);
		String by = actor != null ? actor.name() : java.util.Objects.requireNonNullElse(e.systemActor(), "Tierdesk");
		return new TimelineItem(e.id(), e.at(), e.kind().name(), e.visibility(), e.text(), by, actor,
				e.message() == null ? null : messageViews.get(e.message().id()));
	}

	public List<MessageView> messages(long ticketId, Caller caller) {
		visible(ticketId, caller);
		return List.copyOf(messageViews(messages.findVisible(ticketId, TicketAccess.visibilities(caller))).values());
	}

	/**
	 * An attachment's bytes, for a caller who may see its message; anyone else gets the
	 * same 404 as for none.
	 */
	public AttachmentContent attachment(long attachmentId, Caller caller) {
		Attachment attachment = attachments.findWithMessage(attachmentId)
			.filter(a -> TicketAccess.visibilities(caller).contains(a.message().visibility()))
			.filter(a -> TicketAccess.canSee(caller, a.ticket()))
			.orElseThrow(() -> new Problem.NotFound("Attachment " + attachmentId));
		return new AttachmentContent(attachment.fileName(), attachment.contentType(), attachment.size(),
				store.pathOf(attachment.storageKey()), ContentSniffer.SAFE_INLINE.contains(attachment.contentType()));
	}

	public record AttachmentContent(String fileName, String contentType, long size, Path path, boolean inline) {
	}

	private Map<Long, MessageView> messageViews(List<TicketMessage> list) {
		Set<Long> ids = list.stream().map(TicketMessage::id).collect(Collectors.toSet());
		Map<Long, List<Attachment>> byMessage = ids.isEmpty() ? Map.of()
				: attachments.findByMessages(ids).stream().collect(Collectors.groupingBy(a -> a.message().id()));
		Set<Long> authorIds = new HashSet<>();
		list.forEach(m -> {
			if (m.authorId() != null) {
				authorIds.add(m.authorId());
			}
		});
		Map<Long, UserSummary> authors = directory.users(authorIds);
		Map<Long, Role> roles = directory.roles(authorIds);
		var result = new java.util.LinkedHashMap<Long, MessageView>();
		for (TicketMessage m : list) {
			List<Attachment> files = byMessage.getOrDefault(m.id(), List.of());
			Long authorId = m.authorId();
			result.put(m.id(),
					authorId == null
							? TicketMessages.view(m, TicketMessages.systemAuthor(String.valueOf(m.systemAuthor())),
									true, files)
							: TicketMessages.view(m, authors.getOrDefault(authorId, TicketViewAssembler.UNKNOWN_USER),
									roles.getOrDefault(authorId, Role.REQUESTER).isStaff(), files));
		}
		return result;
	}

	private static void requireStaffFor(TicketFilter filter, Caller caller) {
		if (filter.byInternalWork() && !caller.isStaff()) {
			throw new Problem.Forbidden("Only staff can filter tickets by team or assignee.");
		}
	}

	private Ticket visible(long ticketId, Caller caller) {
		return tickets.findById(ticketId)
			.filter(t -> TicketAccess.canSee(caller, t))
			.orElseThrow(() -> new Problem.NotFound("Ticket " + Ticket.NUMBER_PREFIX + ticketId));
	}

}
