package io.tierdesk.ticket.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.identity.Caller;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketViews;
import io.tierdesk.ticket.TicketViews.MessageView;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.UploadedFile;
import io.tierdesk.ticket.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/tickets/{id}/messages")
@Tag(name = "Tickets")
class MessagesApi {

	private final Tickets tickets;

	private final TicketQueries queries;

	MessagesApi(Tickets tickets, TicketQueries queries) {
		this.tickets = tickets;
		this.queries = queries;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addMessage", summary = "Add a PUBLIC reply or an INTERNAL note (agents only)")
	ResponseEntity<MessageView> add(@PathVariable long id, @Valid @RequestBody NewMessage command, Caller caller) {
		return created(id, tickets.addMessage(id, command, List.of(), caller));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addMessageWithFiles",
			summary = "Add a reply or note with attachments (parts body, visibility, files)")
	ResponseEntity<MessageView> addWithFiles(@PathVariable long id,
			@RequestParam(required = false) @Nullable @Size(max = TicketViews.BODY_MAX) String body,
			@RequestParam(defaultValue = "PUBLIC") Visibility visibility,
			// Documented as required: this form is for messages with files (a text-only
			// one
			// is JSON), though a body alone is accepted too.
			@Parameter(required = true) @RequestPart(name = "files",
					required = false) @Nullable List<MultipartFile> files,
			Caller caller) {
		List<UploadedFile> uploads = MultipartUpload.of(files);
		return created(id, tickets.addMessage(id, new NewMessage(body, visibility), uploads, caller));
	}

	@GetMapping
	@Operation(operationId = "listMessages",
			summary = "The conversation, oldest first (requesters: public replies only)")
	List<MessageView> list(@PathVariable long id, Caller caller) {
		return queries.messages(id, caller);
	}

	private static ResponseEntity<MessageView> created(long ticketId, MessageView message) {
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticketId + "/messages/" + message.id()))
			.body(message);
	}

}
