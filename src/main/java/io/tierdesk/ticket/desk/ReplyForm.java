package io.tierdesk.ticket.desk;

import io.tierdesk.ticket.Visibility;

/** A reply or note being written; kept when sending fails so nothing typed is lost. */
record ReplyForm(String body, Visibility visibility) {

	static ReplyForm blank() {
		return new ReplyForm("", Visibility.PUBLIC);
	}

}
