package io.tierdesk.ticket.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

import io.tierdesk.ticket.Actor;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.MessageAdded;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.SystemActor;
import io.tierdesk.ticket.TicketAssigned;
import io.tierdesk.ticket.TicketCategorised;
import io.tierdesk.ticket.TicketCreated;
import io.tierdesk.ticket.TicketPrioritised;
import io.tierdesk.ticket.TicketRetyped;
import io.tierdesk.ticket.TicketRouted;
import io.tierdesk.ticket.TicketStatusChanged;
import io.tierdesk.ticket.TicketType;
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

	/**
	 * The core's own rules act under this name (a NEW ticket opens when an agent
	 * replies).
	 */
	private static final Actor CORE = Actor.of(SystemActor.TIERDESK);

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

	/** Why the priority is what it is, when a rule set it rather than the matrix. */
	private @Nullable String priorityReason;

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

	/**
	 * What the agent said when resolving, for the requester to read; null when it was
	 * marked internal, and cleared when the ticket reopens.
	 */
	private @Nullable String resolution;

	/** The closed ticket this one follows up. */
	private @Nullable Long followUpOf;

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
	 * why its priority, and in which team it starts.
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
		this.followUpOf = facts.followUpOf();
		this.createdById = Objects.requireNonNull(actor.id(), "a ticket is raised by a person");
		this.createdAt = now;
		this.updatedAt = now;
		record(now, actor, TimelineKind.CREATED, Visibility.PUBLIC, createdText(facts, actor), null);
		record(now, CORE, TimelineKind.PRIORITY, Visibility.PUBLIC, PriorityMatrix.explain(priority, impact, urgency),
				null);
		TeamRef team = facts.team();
		if (team != null) {
			this.teamId = team.id();
			record(now, actor, TimelineKind.TEAM, Visibility.INTERNAL, "Team " + team.label(), null);
		}
		events.add(id -> new TicketCreated(id, type, channel, categoryId, requesterId, requesterOrgId, impact, urgency,
				priority, teamId, actor, now));
	}

	private String createdText(TicketFacts facts, Actor actor) {
		String via = type.label() + " raised via " + channel.label() + " by " + actor.name()
				+ (actor.isPerson(requesterId) ? "" : " for " + facts.requesterName());
		return followUpOf == null ? via : via + ", following up " + NUMBER_PREFIX + followUpOf;
	}

	public void checkVersion(long expected) {
		if (expected != version()) {
			throw new StaleVersion(number(), expected, version());
		}
	}

	public void changeStatus(Status to, Actor actor, Instant now, @Nullable String reason) {
		changeStatus(to, actor, now, reason, false);
	}

	/**
	 * Moves along the lifecycle. The reason is public (a resolution's reason is what the
	 * requester reads) unless {@code internalReason}: then the requester sees the change
	 * and the desk alone sees why.
	 */
	public void changeStatus(Status to, Actor actor, Instant now, @Nullable String reason, boolean internalReason) {
		if (to == status) {
			return;
		}
		Lifecycle.check(status, to);
		Status from = status;
		status = to;
		open = to.isOpen();
		stamp(from, to, now, internalReason ? null : blankToNull(reason));
		String text = (from == Status.RESOLVED && to == Status.OPEN ? "Reopened" : "Status " + to.label()) + " (was "
				+ from.label() + ")";
		record(now, actor, TimelineKind.STATUS, Visibility.PUBLIC, internalReason ? text : text + because(reason),
				null);
		if (internalReason && blankToNull(reason) != null) {
			record(now, actor, TimelineKind.STATUS, Visibility.INTERNAL, "Why, for the desk only" + because(reason),
					null);
		}
		String why = blankToNull(reason);
		events.add(id -> new TicketStatusChanged(id, from, to, why, actor, now));
	}

	/** The times and the resolution text that go with a status. */
	private void stamp(Status from, Status to, Instant now, @Nullable String publicReason) {
		if (to == Status.RESOLVED) {
			resolvedAt = now;
			resolution = publicReason;
		}
		else if (to == Status.CLOSED) {
			closedAt = now;
		}
		else if (from == Status.RESOLVED) {
			resolvedAt = null;
			resolution = null;
		}
	}

	/**
	 * A new impact or urgency: the matrix gives the priority again, and a priority a rule
	 * set by hand gives way to it.
	 */
	public void reprioritise(Level newImpact, Level newUrgency, PriorityMatrix matrix, Actor actor, Instant now) {
		if (newImpact == impact && newUrgency == urgency) {
			return;
		}
		impact = newImpact;
		urgency = newUrgency;
		String reason = PriorityMatrix.explain(matrix.priorityOf(impact, urgency), impact, urgency);
		setPriority(matrix.priorityOf(impact, urgency), null, reason, reason, actor, now);
	}

	/**
	 * A priority set by a rule rather than by the matrix (the SLA clock raising a
	 * breached ticket), with its reason; it stays until impact or urgency change.
	 */
	public void overridePriority(Priority to, String reason, Actor actor, Instant now) {
		if (to == priority) {
			return;
		}
		String text = "Priority " + priority + " → " + to + (actor.isSystem() ? " by " + actor.name() : "")
				+ because(reason);
		setPriority(to, reason.strip(), text, reason.strip(), actor, now);
	}

	private void setPriority(Priority to, @Nullable String override, String text, String reason, Actor actor,
			Instant now) {
		Priority from = priority;
		priority = to;
		priorityReason = override;
		record(now, actor, TimelineKind.PRIORITY, Visibility.PUBLIC, text, null);
		Level newImpact = impact;
		Level newUrgency = urgency;
		events.add(id -> new TicketPrioritised(id, from, to, newImpact, newUrgency, reason, actor, now));
	}

	public void retype(TicketType newType, Actor actor, Instant now) {
		if (newType == type) {
			return;
		}
		TicketType from = type;
		record(now, actor, TimelineKind.TYPE, Visibility.PUBLIC,
				"Type " + newType.label() + " (was " + from.label() + ")", null);
		type = newType;
		events.add(id -> new TicketRetyped(id, from, newType, actor, now));
	}

	public void categorise(Category category, Actor actor, Instant now) {
		if (Objects.equals(categoryId, category.id())) {
			return;
		}
		Long from = categoryId;
		categoryId = category.id();
		record(now, actor, TimelineKind.CATEGORY, Visibility.PUBLIC, "Category " + category.path(), null);
		events.add(id -> new TicketCategorised(id, from, category.id(), actor, now));
	}

	/**
	 * Moves the ticket to a team (null: out of any team). An assignee who is not a member
	 * of the new team is cleared, so the ticket lands in that team's queue instead of
	 * staying with someone who does not work there.
	 */
	public void routeTo(@Nullable TeamRef team, @Nullable String reason, Actor actor, Instant now) {
		Long to = team == null ? null : team.id();
		if (Objects.equals(teamId, to)) {
			return;
		}
		Long from = teamId;
		teamId = to;
		record(now, actor, TimelineKind.TEAM, Visibility.INTERNAL,
				(team == null ? "Removed from its team" : "Team " + team.label()) + because(reason), null);
		String why = blankToNull(reason);
		events.add(id -> new TicketRouted(id, from, to, why, actor, now));
		if (team != null && assigneeId != null && !team.has(assigneeId)) {
			assign(null, "", "the assignee is not a member of " + team.label(), actor, now);
		}
	}

	public void assign(@Nullable Long newAssigneeId, String assigneeName, @Nullable String reason, Actor actor,
			Instant now) {
		if (Objects.equals(assigneeId, newAssigneeId)) {
			return;
		}
		Long from = assigneeId;
		assigneeId = newAssigneeId;
		record(now, actor, TimelineKind.ASSIGNEE, Visibility.INTERNAL,
				(newAssigneeId == null ? "Unassigned" : "Assigned to " + assigneeName) + because(reason), null);
		String why = blankToNull(reason);
		events.add(id -> new TicketAssigned(id, from, newAssigneeId, why, actor, now));
	}

	/**
	 * Adds a reply or note in the words of {@code author}, put there by {@code actor}
	 * (the author, or a module acting for them: a mail reply comes through "Email"). A
	 * staff member's first public reply is the first response and opens a NEW ticket; a
	 * requester's reply to a PENDING ticket hands it back to the desk (OPEN). A closed
	 * ticket takes no more messages.
	 */
	public TicketMessage addMessage(Actor author, Actor actor, String body, Visibility visibility, Instant now) {
		if (status == Status.CLOSED) {
			throw new TicketClosed(number());
		}
		TicketMessage message = new TicketMessage(this, author, body, visibility, now);
		unsaved.add(message);
		boolean publicReply = visibility == Visibility.PUBLIC;
		String via = actor.equals(author) ? "" : " via " + actor.name();
		record(now, author, publicReply ? TimelineKind.REPLY : TimelineKind.NOTE, visibility,
				(publicReply ? "Reply from " : "Internal note by ") + author.name() + via, message);
		boolean firstResponse = publicReply && author.isAgent() && firstRespondedAt == null
				&& !author.isPerson(requesterId);
		if (firstResponse) {
			firstRespondedAt = now;
		}
		messageAdded(message, author, actor, firstResponse);
		if (publicReply && author.isAgent() && status == Status.NEW) {
			changeStatus(Status.OPEN, CORE, now, "an agent replied");
		}
		if (publicReply && author.isPerson(requesterId) && status == Status.PENDING) {
			changeStatus(Status.OPEN, CORE, now, "the requester replied");
		}
		updatedAt = now;
		return message;
	}

	/**
	 * The files a ticket is opened with go on a message of their own, written with the
	 * ticket in one transaction. It is no reply: it neither counts as a response nor
	 * moves the status.
	 */
	public TicketMessage openingFiles(Actor author, Instant now) {
		TicketMessage message = new TicketMessage(this, author, "", Visibility.PUBLIC, now);
		unsaved.add(message);
		record(now, author, TimelineKind.REPLY, Visibility.PUBLIC, "Files attached by " + author.name(), message);
		messageAdded(message, author, author, false);
		return message;
	}

	/** {@link MessageAdded} waits for the message's id, known after the insert. */
	private void messageAdded(TicketMessage message, Actor author, Actor actor, boolean firstResponse) {
		events.add(id -> new MessageAdded(id, message.id(), author.id(), author.kind(), message.visibility(),
				firstResponse, actor, message.createdAt()));
	}

	private static String because(@Nullable String reason) {
		return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
	}

	private static @Nullable String blankToNull(@Nullable String reason) {
		return reason == null || reason.isBlank() ? null : reason.strip();
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
	 * Handed to {@link TicketStore} once, after the insert: the ids are known now, so the
	 * events can carry them.
	 */
	List<Object> takeEvents() {
		List<Object> taken = eventsAs(id());
		events.clear();
		return taken;
	}

	/** The events of this unit of work, completed with the given ticket id. */
	List<Object> eventsAs(long ticketId) {
		return events.stream().map(event -> event.apply(ticketId)).toList();
	}

	void clearEvents() {
		events.clear();
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

	/** The words that explain the priority: a rule's reason, or the matrix cell. */
	public String priorityReason() {
		return priorityReason != null ? "Priority " + priority + ": " + priorityReason
				: PriorityMatrix.explain(priority, impact, urgency);
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

	public @Nullable String resolution() {
		return resolution;
	}

	public @Nullable Long followUpOf() {
		return followUpOf;
	}

	public long version() {
		return version;
	}

}
