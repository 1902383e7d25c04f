package io.tierdesk.audit.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.audit.AuditLog;
import io.tierdesk.identity.Caller;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The append-only audit log")
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "Audit entries, newest first (admin, security analyst); "
			+ "by kind (action), person (part of a name or email: what they did and what was done to them) "
			+ "and time (from inclusive, to exclusive)")
	PageOf<AuditLog.Entry> read(@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, Caller caller) {
		PageQuery paging = PageQuery.of(page, size, null, java.util.Set.of("id"), "id,desc");
		return log.read(new AuditLog.Filter(person, action, from, to), paging.page(), paging.size(), caller);
	}

}
