package io.tierdesk.ticket.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.identity.Caller;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketQueries.AttachmentContent;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves attachment bytes. Downloads are forced ({@code attachment}) except for safe
 * raster images, and {@code nosniff} stops a browser from reinterpreting an uploaded
 * "text file" as HTML with script.
 */
@RestController
@Tag(name = "Tickets")
public class AttachmentsApi {

	private final TicketQueries queries;

	AttachmentsApi(TicketQueries queries) {
		this.queries = queries;
	}

	@GetMapping({ "/api/v1/attachments/{id}", "/attachments/{id}" })
	@Operation(summary = "An attachment's bytes, for whoever may see its message")
	@ApiResponse(responseCode = "200", description = "The bytes, as uploaded",
			content = @Content(mediaType = "application/octet-stream",
					schema = @Schema(type = "string", format = "binary")))
	public ResponseEntity<Resource> download(@PathVariable long id, Caller caller) {
		AttachmentContent content = queries.attachment(id, caller);
		ContentDisposition disposition = (content.inline() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.contentLength(content.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new FileSystemResource(content.path()));
	}

}
