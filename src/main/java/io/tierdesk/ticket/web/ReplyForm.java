package io.tierdesk.ticket.web;

import io.tierdesk.ticket.Visibility;

/** A reply or note being written; kept when sending fails so nothing typed is lost. */
record ReplyForm(String body, Visibility visibility) {

	static ReplyForm blank() {
		return new ReplyForm("", Visibility.PUBLIC);
	}

}
