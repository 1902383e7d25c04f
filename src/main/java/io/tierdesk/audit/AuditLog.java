package io.tierdesk.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.UserViews.UserView;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the audit log; reading is for admins and security analysts. */
@Service
public class AuditLog {

	/** How many people a person filter may match by name or email. */
	private static final int PEOPLE_MATCHED = 100;

	private static final List<Long> NO_IDS = List.of(-1L);

	private static final List<String> NO_SUBJECTS = List.of("");

	private final AuditEntryRepository entries;

	private final Users users;

	AuditLog(AuditEntryRepository entries, Users users) {
		this.entries = entries;
		this.users = users;
	}

	/** Named for the API docs: a generated client has many kinds of entries. */
	@Schema(name = "AuditEntry")
	public record Entry(long id, Instant at, @Nullable Long actorId, @Nullable String actorEmail, String action,
			String subject, String detail, @Nullable String remoteAddress) {
	}

	/**
	 * Which entries to read; every part may be left out. {@code person}: part of a
	 * person's name or email, matching what they did and what was done to them;
	 * {@code from} inclusive, {@code to} exclusive.
	 */
	public record Filter(@Nullable String person, @Nullable String action, @Nullable Instant from,
			@Nullable Instant to) {

		public static final Filter ALL = new Filter(null, null, null, null);

	}

	@Transactional
	void append(Instant at, @Nullable Long actorId, @Nullable String actorEmail, String action, String subject,
			String detail, @Nullable String remoteAddress) {
		entries.save(new AuditEntry(at, actorId, actorEmail, action, subject, detail, remoteAddress));
	}

	@Transactional(readOnly = true)
	public PageOf<Entry> read(Filter filter, int page, int size, Caller caller) {
		if (!caller.is(Role.ADMIN) && !caller.is(Role.SECURITY_ANALYST)) {
			throw new Problem.Forbidden("Only admins and security analysts read the audit log.");
		}
		String action = filter.action() == null || filter.action().isBlank() ? "" : filter.action().strip();
		if (!action.isEmpty() && AuditKind.of(action).isEmpty()) {
			throw new Problem.InvalidInput("action", "is not a kind of audit entry");
		}
		if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
			throw new Problem.InvalidInput("to", "must be after from");
		}
		String person = filter.person() == null ? "" : filter.person().strip().toLowerCase(Locale.ROOT);
		List<Long> ids = person.isEmpty() ? NO_IDS : peopleMatching(person, caller);
		var found = entries.search(action, person.isEmpty() ? "%" : "%" + escaped(person) + "%", ids,
				ids == NO_IDS ? NO_SUBJECTS : ids.stream().map(id -> "user " + id).toList(),
				filter.from() == null ? Instant.EPOCH : filter.from(),
				filter.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : filter.to(), PageRequest.of(page, size));
		return new PageOf<>(found.map(AuditEntry::view).getContent(), page, size, found.getTotalElements());
	}

	private List<Long> peopleMatching(String person, Caller caller) {
		List<Long> ids = users.search(person, false, 0, PEOPLE_MATCHED, caller)
			.items()
			.stream()
			.map(UserView::id)
			.toList();
		return ids.isEmpty() ? NO_IDS : ids;
	}

	/** LIKE's wildcards typed in the filter (an email's "_") match only themselves. */
	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * A user's own sign-ins for {@link AuditSignInHistory}: no role check, it is theirs.
	 */
	@Transactional(readOnly = true)
	List<Entry> signInsOf(long userId, String email, int limit) {
		return entries.signInsOf(userId, email, PageRequest.of(0, limit)).stream().map(AuditEntry::view).toList();
	}

}
