package io.tierdesk.ticket;

import java.nio.file.Path;
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
	public static final Set<String> SORTABLE = Set.of("priority", "createdAt", "updatedAt", "status", "subject", "id");

	public static final String QUEUE_ORDER = "priority,asc";

	private final TicketRepository tickets;

	private final TimelineRepository timeline;

	private final MessageRepository messages;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final TicketViewAssembler views;

	private final io.tierdesk.identity.Directory directory;

	TicketQueries(TicketRepository tickets, TimelineRepository timeline, MessageRepository messages,
			AttachmentRepository attachments, AttachmentStore store, TicketViewAssembler views,
			io.tierdesk.identity.Directory directory) {
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

	public PageOf<TicketView> list(TicketFilter filter, PageQuery paging, Caller caller) {
		requireStaffFor(filter, caller);
		return page(TicketAccess.visibleTo(caller).and(TicketSpecifications.matching(filter)), paging);
	}

	/**
	 * The tickets of the caller's colleagues that their organisation shares with them
	 * (none when it does not share): the portal's "My organisation" list.
	 */
	public PageOf<TicketView> colleagues(PageQuery paging, Caller caller) {
		return page(TicketAccess.sharedWith(caller), paging);
	}

	/** The follow-ups of a ticket that the caller may see, oldest first. */
	public List<TicketLink> followUps(long ticketId, Caller caller) {
		Specification<Ticket> following = (root, query, cb) -> cb.equal(root.get("followUpOf"), ticketId);
		return tickets.findAll(TicketAccess.visibleTo(caller).and(following), Sort.by("id"))
			.stream()
			.map(t -> new TicketLink(t.id(), t.number(), t.subject()))
			.toList();
	}

	private PageOf<TicketView> page(Specification<Ticket> where, PageQuery paging) {
		Sort.Direction direction = paging.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
		Sort sort = Sort.by(direction, paging.sortField()).and(Sort.by("createdAt", "id"));
		Page<Ticket> page = tickets.findAll(where, PageRequest.of(paging.page(), paging.size(), sort));
		return new PageOf<>(views.views(page.getContent()), paging.page(), paging.size(), page.getTotalElements());
	}

	public long count(TicketFilter filter, Caller caller) {
		requireStaffFor(filter, caller);
		return tickets.count(TicketAccess.visibleTo(caller).and(TicketSpecifications.matching(filter)));
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
