package io.tierdesk.audit.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.tierdesk.audit.AuditKind;
import io.tierdesk.audit.AuditLog;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.Times;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The audit log for admins and security analysts, read with the API's own query: by
 * person, kind and time, newest first, a page at a time. The filter's times are the
 * viewer's, as every page shows them.
 */
@PageController
class AuditPage {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final Directory directory;

	private final Times times;

	AuditPage(AuditLog log, Directory directory, Times times) {
		this.log = log;
		this.directory = directory;
		this.times = times;
	}

	/**
	 * The filter bar as sent in the query string; {@code to} is inclusive to the minute.
	 */
	record AuditFilterForm(@Nullable String person, @Nullable String kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime to, @Nullable Integer page) {

		AuditLog.Filter filter(Times times) {
			return new AuditLog.Filter(person, kind, times.fromLocalInput(from),
					times.fromLocalInput(to == null ? null : to.plusMinutes(1)));
		}

	}

	/**
	 * One row as the screen shows it: who by name, the kind in words, and the detail with
	 * role codes in words (the log and its API keep "role AGENT" as written).
	 */
	record Row(AuditLog.Entry entry, String kind, String actor, String detail) {
	}

	@GetMapping("/audit")
	String audit(@ModelAttribute("filter") AuditFilterForm filter, Caller caller, Model model) {
		PageQuery paging = PageQuery.of(filter.page(), PAGE_SIZE, null, java.util.Set.of("id"), "id,desc");
		PageOf<AuditLog.Entry> entries = log.read(filter.filter(times), paging.page(), PAGE_SIZE, caller);
		Map<Long, UserSummary> actors = directory
			.users(entries.items().stream().map(AuditLog.Entry::actorId).filter(Objects::nonNull).toList());
		model.addAttribute("rows", entries.items().stream().map(e -> row(e, actors)).toList());
		model.addAttribute("entries", entries);
		model.addAttribute("kinds", List.of(AuditKind.values()));
		model.addAttribute("previousPage", entries.page() > 0 ? pageLink(entries.page() - 1) : null);
		model.addAttribute("nextPage",
				(long) (entries.page() + 1) * PAGE_SIZE < entries.total() ? pageLink(entries.page() + 1) : null);
		return "audit/audit";
	}

	private static Row row(AuditLog.Entry entry, Map<Long, UserSummary> actors) {
		UserSummary actor = entry.actorId() == null ? null : actors.get(entry.actorId());
		String who = actor != null ? actor.name() + " (" + actor.email() + ")"
				: entry.actorEmail() != null ? entry.actorEmail() : "System";
		return new Row(entry, AuditKind.labelOf(entry.action()), who, rolesInWords(entry.detail()));
	}

	private static String rolesInWords(String detail) {
		String words = detail;
		for (Role role : Role.values()) {
			words = words.replaceAll("\\b" + role.name() + "\\b", role.label());
		}
		return words;
	}

	private static String pageLink(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

}
