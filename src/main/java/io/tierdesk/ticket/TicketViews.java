package io.tierdesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.tierdesk.identity.TeamSummary;
import io.tierdesk.identity.UserSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tierdesk.identity.UserViews;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The records that cross the ticket API: commands in, views out (API.md's ticket shape).
 */
public final class TicketViews {

	/** Limits of the ticket API, which the desk's and the portal's forms share. */
	public static final int SUBJECT_MAX = 300;

	public static final int DESCRIPTION_MAX = 100_000;

	public static final int CATEGORY_MAX = 1000;

	public static final int REASON_MAX = 2000;

	public static final int BODY_MAX = 100_000;

	private TicketViews() {
	}

	public record NewTicket(@NotBlank @Size(max = SUBJECT_MAX) String subject,
			@Nullable @Size(max = DESCRIPTION_MAX) String description, @Nullable TicketType type,
			@Nullable Level impact, @Nullable Level urgency, @Nullable @Size(max = CATEGORY_MAX) String category,
			@Nullable @Email @Size(max = UserViews.EMAIL_MAX) String requesterEmail,
			@Nullable @Size(max = UserViews.NAME_MAX) String requesterName, @Nullable Channel channel,
			@Nullable Long teamId, @Nullable Long followUpOf) {
	}

	/**
	 * A partial update; absent fields stay. {@code unassign: true} removes the assignee,
	 * {@code teamId: 0} the team. The reason is public (a resolution's reason is what the
	 * requester reads) unless {@code reasonInternal: true}.
	 */
	public record TicketChange(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The version you edited; may instead come as If-Match") @Nullable Long version,
			@Nullable Status status, @Nullable Level impact, @Nullable Level urgency, @Nullable TicketType type,
			@Nullable @Size(max = CATEGORY_MAX) String category, @Nullable Long teamId, @Nullable Long assigneeId,
			@Nullable Boolean unassign, @Nullable @Size(max = REASON_MAX) String reason,
			@Nullable Boolean reasonInternal) {
	}

	/**
	 * A message as JSON; its body may be empty only in a multipart message with files
	 * (which is why it is nullable here).
	 */
	public record NewMessage(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
					description = "The text (not blank)") @Nullable @Size(max = BODY_MAX) String body,
			@NotNull Visibility visibility) {
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
