package io.tierdesk.ticket.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews;
import io.tierdesk.ticket.TicketViews.Created;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.TicketViews.TicketFilter;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.TicketViews.TimelineItem;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.search.SearchQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets", description = "Tickets, their lifecycle and timeline")
class TicketsApi {

	private final Tickets tickets;

	private final TicketQueries queries;

	private final Directory directory;

	TicketsApi(Tickets tickets, TicketQueries queries, Directory directory) {
		this.tickets = tickets;
		this.queries = queries;
		this.directory = directory;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "openTicket",
			summary = "Open a ticket; staff may open one for a requester (requesterEmail) from a phone call or visit")
	ResponseEntity<TicketView> open(@Valid @RequestBody NewTicket command,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey, Caller caller) {
		Created created = tickets.open(command, caller, idempotencyKey);
		TicketView ticket = created.ticket();
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/tickets/" + ticket.id()))
			.eTag(Long.toString(ticket.version()))
			.header("Idempotent-Replayed", Boolean.toString(created.replayed()))
			.body(ticket);
	}

	@GetMapping
	@Operation(operationId = "listTickets",
			summary = "List tickets the caller may see, filtered, sorted and paged (requesters: their own)")
	PageOf<TicketView> list(@RequestParam(required = false) @Nullable List<Status> status,
			@RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) @Nullable List<Long> team,
			@Parameter(description = "an agent's id, 'me', or 'none' for unassigned") @RequestParam(
					required = false) @Nullable @Size(max = 20) String assignee,
			@RequestParam(required = false) @Nullable Long requester,
			@RequestParam(required = false) @Nullable List<Priority> priority,
			@RequestParam(required = false) @Nullable List<TicketType> type,
			@RequestParam(required = false) @Nullable List<Channel> channel,
			@Parameter(description = "a ticket number (TD-1042 or 1042) or words to find in subject, description and"
					+ " conversation (internal notes for staff only); \"a phrase\", -excluded, or") @RequestParam(
							required = false) @Nullable @Size(max = 200) String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@Parameter(
					description = "field,asc|desc; fields: relevance (the default with q), priority, createdAt, updatedAt,"
							+ " status, subject, id, due (the nearest SLA due time of a running clock; none last)") @RequestParam(
									required = false) @Nullable String sort,
			Caller caller) {
		AssigneeFilter who = AssigneeFilter.parse(assignee, caller);
		var filter = new TicketFilter(set(status), open, set(team), who.assigneeId(), who.unassigned(), requester,
				set(priority), set(type), set(channel), q);
		String order = SearchQuery.parse(q).hasWords() ? TicketQueries.RELEVANCE : TicketQueries.QUEUE_ORDER;
		return queries.list(filter, PageQuery.of(page, size, sort, TicketQueries.SORTABLE, order), caller);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getTicket", summary = "One ticket (404 when the caller may not see it)")
	ResponseEntity<TicketView> get(@PathVariable long id, Caller caller) {
		TicketView ticket = queries.get(id, caller);
		return ResponseEntity.ok().eTag(Long.toString(ticket.version())).body(ticket);
	}

	@PatchMapping("/{id}")
	@Operation(operationId = "changeTicket",
			summary = "Change status, impact, urgency, type, category, team or assignee (agents); needs version")
	ResponseEntity<TicketView> change(@PathVariable long id, @Valid @RequestBody TicketChange change,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, Caller caller) {
		TicketView ticket = tickets.change(id, IfMatch.apply(change, ifMatch), caller);
		return ResponseEntity.ok().eTag(Long.toString(ticket.version())).body(ticket);
	}

	record Reopen(@Nullable @Size(max = TicketViews.REASON_MAX) String reason) {
	}

	@PostMapping("/{id}/reopen")
	@Operation(operationId = "reopenTicket", summary = "Reopen a resolved ticket (its requester or an agent)")
	TicketView reopen(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable Reopen body,
			Caller caller) {
		return tickets.reopen(id, body == null ? null : body.reason(), caller);
	}

	@PostMapping("/{id}/close")
	@Operation(operationId = "closeTicket",
			summary = "Confirm that a resolved ticket is solved: it closes (its requester or an agent)")
	TicketView close(@PathVariable long id, Caller caller) {
		return tickets.confirmSolved(id, caller);
	}

	@GetMapping("/{id}/timeline")
	@Operation(operationId = "getTimeline",
			summary = "Every event on the ticket, oldest first (requesters: the public ones)")
	List<TimelineItem> timeline(@PathVariable long id, Caller caller) {
		return queries.timeline(id, caller);
	}

	private static <T> Set<T> set(@Nullable List<T> values) {
		return values == null ? Set.of() : Set.copyOf(values);
	}

}
