package io.tierdesk.ticket.desk;

import java.util.Set;

/**
 * A list page's title with the number of its tickets that have news, "(3) My tickets", so
 * a background tab says there is something to read.
 */
final class NewsTitle {

	private NewsTitle() {
	}

	static String of(String title, Set<Long> news) {
		return news.isEmpty() ? title : "(" + news.size() + ") " + title;
	}

}
