package io.tierdesk.ticket.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.MessageAdded;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketCreated;
import io.tierdesk.ticket.TicketStatusChanged;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketUpdated;
import io.tierdesk.ticket.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * The ticket aggregate. Every change goes through a method here that checks the rule,
 * makes the change, writes the timeline entry that explains it and registers the domain
 * event: nothing happens to a ticket without a trace.
 */
@Entity
public class Ticket {

	public static final String NUMBER_PREFIX = "TD-";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
	@SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 1)
	private @Nullable Long id;

	private String subject;

	private String description;

	@Enumerated(EnumType.STRING)
	private TicketType type;

	@Enumerated(EnumType.STRING)
	private Status status;

	/**
	 * {@code status.isOpen()}, stored so the agent queue is one index range (see the
	 * ticket_queue_index migration).
	 */
	@Column(name = "is_open")
	private boolean open;

	@Enumerated(EnumType.STRING)
	private Level impact;

	@Enumerated(EnumType.STRING)
	private Level urgency;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	private @Nullable Long categoryId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private long requesterId;

	private @Nullable Long requesterOrgId;

	private @Nullable Long teamId;

	private @Nullable Long assigneeId;

	private long createdById;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant firstRespondedAt;

	private @Nullable Instant resolvedAt;

	private @Nullable Instant closedAt;

	@Version
	private long version;

	/**
	 * Messages, attachments and timeline entries made in this unit of work, in the order
	 * they must be inserted.
	 */
	@Transient
	private final List<Object> unsaved = new ArrayList<>();

	/**
	 * Events of this unit of work, completed with the ticket's id when it is known (after
	 * the insert).
	 */
	@Transient
	private final List<LongFunction<Object>> events = new ArrayList<>();

	@Transient
	private boolean justCreated;

	@Transient
	private @Nullable NewMessage newMessage;

	protected Ticket() {
		this.subject = "";
		this.description = "";
		this.type = TicketType.INCIDENT;
		this.status = Status.NEW;
		this.open = true;
		this.impact = Level.MEDIUM;
		this.urgency = Level.MEDIUM;
		this.priority = Priority.P3;
		this.channel = Channel.API;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/**
	 * Opens a ticket; the timeline says who raised it, for whom, through which channel,
	 * and why its priority.
	 */
	public Ticket(TicketFacts facts, PriorityMatrix matrix, Actor actor, Instant now) {
		this.subject = facts.subject();
		this.description = facts.description();
		this.type = facts.type();
		this.status = Status.NEW;
		this.open = true;
		this.impact = facts.impact();
		this.urgency = facts.urgency();
		this.priority = matrix.priorityOf(impact, urgency);
		this.categoryId = facts.categoryId();
		this.channel = facts.channel();
		this.requesterId = facts.requesterId();
		this.requesterOrgId = facts.requesterOrgId();
		this.createdById = Objects.requireNonNull(actor.id(), "a ticket is raised by a person");
		this.createdAt = now;
		this.updatedAt = now;
		this.justCreated = true;
		record(now, actor, TimelineKind.CREATED, Visibility.PUBLIC, createdText(facts, actor), null);
		record(now, Actor.SYSTEM, TimelineKind.PRIORITY, Visibility.PUBLIC,
				PriorityMatrix.explain(priority, impact, urgency), null);
	}

	private String createdText(TicketFacts facts, Actor actor) {
		String via = type.label() + " raised via " + channel.label() + " by " + actor.name();
		return actor.id() != null && actor.id() == requesterId ? via : via + " for " + facts.requesterName();
	}

	public void checkVersion(long expected) {
		if (expected != version()) {
			throw new StaleVersion(number(), expected, version());
		}
	}

	public void changeStatus(Status to, Actor actor, Instant now, @Nullable String reason) {
		if (to == status) {
			return;
		}
		Lifecycle.check(status, to);
		Status from = status;
		status = to;
		open = to.isOpen();
		if (to == Status.RESOLVED) {
			resolvedAt = now;
		}
		else if (to == Status.CLOSED) {
			closedAt = now;
		}
		else if (from == Status.RESOLVED) {
			resolvedAt = null;
		}
		String text = (from == Status.RESOLVED && to == Status.OPEN ? "Reopened" : "Status " + to.label()) + " (was "
				+ from.label() + ")" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
		record(now, actor, TimelineKind.STATUS, Visibility.PUBLIC, text, null);
		events.add(id -> new TicketStatusChanged(id, from, to, actor.id(), now));
	}

	public void reprioritise(Level newImpact, Level newUrgency, PriorityMatrix matrix, Actor actor, Instant now) {
		if (newImpact == impact && newUrgency == urgency) {
			return;
		}
		impact = newImpact;
		urgency = newUrgency;
		priority = matrix.priorityOf(impact, urgency);
		record(now, actor, TimelineKind.PRIORITY, Visibility.PUBLIC, PriorityMatrix.explain(priority, impact, urgency),
				null);
		updated(actor, now);
	}

	public void retype(TicketType newType, Actor actor, Instant now) {
		if (newType != type) {
			record(now, actor, TimelineKind.TYPE, Visibility.PUBLIC,
					"Type " + newType.label() + " (was " + type.label() + ")", null);
			type = newType;
			updated(actor, now);
		}
	}

	public void categorise(Category category, Actor actor, Instant now) {
		if (!Objects.equals(categoryId, category.id())) {
			categoryId = category.id();
			record(now, actor, TimelineKind.CATEGORY, Visibility.PUBLIC, "Category " + category.path(), null);
			updated(actor, now);
		}
	}

	/**
	 * Moves the ticket to a team (or none); an assignee stays, since a swarm may pull in
	 * people from other teams.
	 */
	public void routeTo(@Nullable Long newTeamId, String teamName, Actor actor, Instant now) {
		if (!Objects.equals(teamId, newTeamId)) {
			teamId = newTeamId;
			record(now, actor, TimelineKind.TEAM, Visibility.INTERNAL,
					newTeamId == null ? "Removed from its team" : "Team " + teamName, null);
			updated(actor, now);
		}
	}

	public void assign(@Nullable Long newAssigneeId, String assigneeName, Actor actor, Instant now) {
		if (!Objects.equals(assigneeId, newAssigneeId)) {
			assigneeId = newAssigneeId;
			record(now, actor, TimelineKind.ASSIGNEE, Visibility.INTERNAL,
					newAssigneeId == null ? "Unassigned" : "Assigned to " + assigneeName, null);
			updated(actor, now);
		}
	}

	/**
	 * Adds a reply or note. A staff member's first public reply is the first response and
	 * opens a NEW ticket; a requester's reply to a PENDING ticket hands it back to the
	 * desk (OPEN). A closed ticket takes no more messages.
	 */
	public TicketMessage addMessage(Actor author, String body, Visibility visibility, Instant now) {
		if (status == Status.CLOSED) {
			throw new TicketClosed(number());
		}
		TicketMessage message = new TicketMessage(this, Objects.requireNonNull(author.id()), body, visibility, now);
		unsaved.add(message);
		boolean publicReply = visibility == Visibility.PUBLIC;
		record(now, author, publicReply ? TimelineKind.REPLY : TimelineKind.NOTE, visibility,
				(publicReply ? "Reply from " : "Internal note by ") + author.name(), message);
		boolean firstResponse = publicReply && author.staff() && firstRespondedAt == null
				&& !Objects.equals(author.id(), requesterId);
		if (firstResponse) {
			firstRespondedAt = now;
		}
		if (publicReply && author.staff() && status == Status.NEW) {
			changeStatus(Status.OPEN, Actor.SYSTEM, now, "an agent replied");
		}
		if (publicReply && Objects.equals(author.id(), requesterId) && status == Status.PENDING) {
			changeStatus(Status.OPEN, Actor.SYSTEM, now, "the requester replied");
		}
		updatedAt = now;
		newMessage = new NewMessage(message, author.staff(), firstResponse);
		return message;
	}

	/**
	 * The files a ticket is opened with go on a message of their own, written with the
	 * ticket in one transaction. It is no reply: it neither counts as a response nor
	 * moves the status.
	 */
	public TicketMessage openingFiles(Actor author, Instant now) {
		TicketMessage message = new TicketMessage(this, Objects.requireNonNull(author.id()), "", Visibility.PUBLIC,
				now);
		unsaved.add(message);
		record(now, author, TimelineKind.REPLY, Visibility.PUBLIC, "Files attached by " + author.name(), message);
		newMessage = new NewMessage(message, author.staff(), false);
		return message;
	}

	/**
	 * The message added in this unit of work, kept until its id is known for
	 * {@link MessageAdded}.
	 */
	private record NewMessage(TicketMessage message, boolean byStaff, boolean firstResponse) {
	}

	private void updated(Actor actor, Instant now) {
		updatedAt = now;
		Priority newPriority = priority;
		Long newTeam = teamId;
		Long newAssignee = assigneeId;
		Long newCategory = categoryId;
		events.add(id -> new TicketUpdated(id, newPriority, newTeam, newAssignee, newCategory, actor.id(), now));
	}

	private void record(Instant at, Actor actor, TimelineKind kind, Visibility visibility, String text,
			@Nullable TicketMessage message) {
		unsaved.add(new TimelineEntry(this, at, actor, kind, visibility, text, message));
		updatedAt = at;
	}

	/** Attaches a stored file to a message added in this unit of work. */
	public void attach(TicketMessage message, StoredFile file) {
		unsaved.add(message.attach(this, file));
	}

	boolean isNew() {
		return id == null;
	}

	/** What {@link TicketStore} inserts after the ticket itself; handed over once. */
	List<Object> takeUnsaved() {
		List<Object> taken = List.copyOf(unsaved);
		unsaved.clear();
		return taken;
	}

	/**
	 * Read by {@link TicketStore} after the insert: ids are known now, so the events can
	 * carry them.
	 */
	List<Object> domainEvents() {
		List<Object> all = new ArrayList<>();
		if (justCreated) {
			all.add(new TicketCreated(id(), type, priority, channel, requesterId, teamId, categoryId, createdAt));
		}
		events.forEach(event -> all.add(event.apply(id())));
		if (newMessage != null) {
			TicketMessage message = newMessage.message();
			all.add(new MessageAdded(id(), message.id(), message.authorId(), newMessage.byStaff(), message.visibility(),
					newMessage.firstResponse(), message.createdAt()));
		}
		return all;
	}

	void clearEvents() {
		events.clear();
		justCreated = false;
		newMessage = null;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("ticket not saved yet");
		}
		return id;
	}

	public String number() {
		return id == null ? "new ticket" : NUMBER_PREFIX + id;
	}

	public String subject() {
		return subject;
	}

	public String description() {
		return description;
	}

	public TicketType type() {
		return type;
	}

	public Status status() {
		return status;
	}

	public Level impact() {
		return impact;
	}

	public Level urgency() {
		return urgency;
	}

	public Priority priority() {
		return priority;
	}

	public @Nullable Long categoryId() {
		return categoryId;
	}

	public Channel channel() {
		return channel;
	}

	public long requesterId() {
		return requesterId;
	}

	public @Nullable Long requesterOrgId() {
		return requesterOrgId;
	}

	public @Nullable Long teamId() {
		return teamId;
	}

	public @Nullable Long assigneeId() {
		return assigneeId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public @Nullable Instant firstRespondedAt() {
		return firstRespondedAt;
	}

	public @Nullable Instant resolvedAt() {
		return resolvedAt;
	}

	public long version() {
		return version;
	}

}
