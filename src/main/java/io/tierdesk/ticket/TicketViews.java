package io.tierdesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.tierdesk.identity.TeamSummary;
import io.tierdesk.identity.UserSummary;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The records that cross the ticket API: commands in, views out (API.md's ticket shape).
 */
public final class TicketViews {

	private TicketViews() {
	}

	public record NewTicket(@NotBlank @Size(max = 300) String subject, @Nullable @Size(max = 100000) String description,
			@Nullable TicketType type, @Nullable Level impact, @Nullable Level urgency,
			@Nullable @Size(max = 1000) String category, @Nullable @Email @Size(max = 320) String requesterEmail,
			@Nullable @Size(max = 200) String requesterName, @Nullable Channel channel, @Nullable Long teamId,
			@Nullable Long followUpOf) {
	}

	/**
	 * A partial update; absent fields stay. {@code unassign: true} removes the assignee,
	 * {@code teamId: 0} the team. The reason is public (a resolution's reason is what the
	 * requester reads) unless {@code reasonInternal: true}.
	 */
	public record TicketChange(@Nullable Long version, @Nullable Status status, @Nullable Level impact,
			@Nullable Level urgency, @Nullable TicketType type, @Nullable @Size(max = 1000) String category,
			@Nullable Long teamId, @Nullable Long assigneeId, @Nullable Boolean unassign,
			@Nullable @Size(max = 2000) String reason, @Nullable Boolean reasonInternal) {
	}

	public record NewMessage(@Nullable @Size(max = 100000) String body, @NotNull Visibility visibility) {
	}

	/** Filters of a ticket list; empty sets mean "any". */
	public record TicketFilter(Set<Status> statuses, boolean openOnly, Set<Long> teamIds, @Nullable Long assigneeId,
			boolean unassigned, @Nullable Long requesterId, Set<Priority> priorities, Set<TicketType> types,
			Set<Channel> channels, @Nullable String q) {

		public static TicketFilter none() {
			return new TicketFilter(Set.of(), false, Set.of(), null, false, null, Set.of(), Set.of(), Set.of(), null);
		}

		/**
		 * Filters by how the desk organises its work, which is not a requester's
		 * business.
		 */
		boolean byInternalWork() {
			return !teamIds.isEmpty() || assigneeId != null || unassigned;
		}

	}

	public record TicketView(long id, String number, String subject, String description, TicketType type, Status status,
			Level impact, Level urgency, Priority priority, String priorityReason, @Nullable String category,
			Channel channel, UserSummary requester, @Nullable TeamSummary team, @Nullable UserSummary assignee,
			Instant createdAt, Instant updatedAt, @Nullable Instant firstRespondedAt, @Nullable Instant resolvedAt,
			@Nullable SlaSnapshot sla, @Nullable String resolution, @Nullable Long followUpOf,
			List<Status> nextStatuses, long version) {
	}

	/** Another ticket named on this one (a follow-up), by number and subject. */
	public record TicketLink(long id, String number, String subject) {
	}

	public record AttachmentView(long id, String fileName, String contentType, long size) {
	}

	public record MessageView(long id, String body, Visibility visibility, UserSummary author, boolean byStaff,
			Instant createdAt, List<AttachmentView> attachments) {
	}

	/**
	 * One line of the timeline. {@code by} names who acted, a person or the system
	 * ("SLA"); {@code actor} is that person (null when the system acted).
	 */
	public record TimelineItem(long id, Instant at, String kind, Visibility visibility, String text, String by,
			@Nullable UserSummary actor, @Nullable MessageView message) {
	}

	/**
	 * A created ticket, and whether it is the first result of an earlier request with the
	 * same idempotency key.
	 */
	public record Created(TicketView ticket, boolean replayed) {
	}

}
