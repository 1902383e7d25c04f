package io.tierdesk.downstream;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tierdesk.identity.Caller;
import io.tierdesk.ticket.QueueColumn;
import io.tierdesk.ticket.TicketPageSlot;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What a module such as SLA adds to the desk's pages, through the slots the ticket views
 * offer: a part of the ticket page (its own fragment, loaded by htmx) and a queue column.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DownstreamPageParts.Fragment.class)
public class DownstreamPageParts {

	@Bean
	TicketPageSlot downstreamClock() {
		return new TicketPageSlot() {
			@Override
			public Place place() {
				return Place.SIDEBAR;
			}

			@Override
			public String title() {
				return "Downstream clock";
			}

			@Override
			public String fragmentPath(long ticketId) {
				return "/downstream/tickets/" + ticketId + "/clock";
			}
		};
	}

	@Bean
	QueueColumn downstreamDue() {
		return new QueueColumn() {
			@Override
			public String heading() {
				return "Downstream due";
			}

			@Override
			public Map<Long, String> cells(List<TicketView> rows) {
				return rows.stream()
					.collect(Collectors.toMap(TicketView::id, Function.identity()))
					.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, e -> "due " + e.getValue().number()));
			}
		};
	}

	@Controller
	static class Fragment {

		@GetMapping(path = "/downstream/tickets/{id}/clock", produces = MediaType.TEXT_HTML_VALUE)
		@ResponseBody
		String clock(@PathVariable long id, Caller caller) {
			return "<p class=\"downstream\">Clock of TD-" + id + " for " + (caller.isStaff() ? "staff" : "?") + "</p>";
		}

	}

}
