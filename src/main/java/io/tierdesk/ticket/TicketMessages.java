package io.tierdesk.ticket;

import java.util.List;

import io.tierdesk.identity.UserSummary;
import io.tierdesk.ticket.TicketViews.AttachmentView;
import io.tierdesk.ticket.TicketViews.MessageView;
import io.tierdesk.ticket.domain.Attachment;
import io.tierdesk.ticket.domain.TicketMessage;

/** Message and attachment views. */
final class TicketMessages {

	private TicketMessages() {
	}

	/** How a message the system wrote shows its author: by the system's name. */
	static UserSummary systemAuthor(String name) {
		return new UserSummary(0, "", name);
	}

	static MessageView view(TicketMessage message, UserSummary author, boolean byStaff) {
		return view(message, author, byStaff, message.attachments());
	}

	static MessageView view(TicketMessage message, UserSummary author, boolean byStaff, List<Attachment> attachments) {
		return new MessageView(message.id(), message.body(), message.visibility(), author, byStaff, message.createdAt(),
				attachments.stream().map(TicketMessages::view).toList());
	}

	static AttachmentView view(Attachment attachment) {
		return new AttachmentView(attachment.id(), attachment.fileName(), attachment.contentType(), attachment.size());
	}

}
