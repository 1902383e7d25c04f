package io.tierdesk.ticket;

import java.util.List;
import java.util.Map;

import io.tierdesk.ticket.TicketViews.TicketView;

/**
 * A column another module adds to the desk's queue (the SLA's "due", routing's tier): the
 * desk asks for one page of rows at once, so a column costs one look-up per page, never
 * one per row. Ordered like Spring orders beans ({@code @Order}).
 */
public interface QueueColumn {

	String heading();

	/** The cell text per ticket id; a ticket without an entry shows an empty cell. */
	Map<Long, String> cells(List<TicketView> rows);

}
