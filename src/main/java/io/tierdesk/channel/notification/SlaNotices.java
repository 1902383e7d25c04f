package io.tierdesk.channel.notification;

import java.time.Instant;
import java.util.List;

import io.tierdesk.channel.Notifications;
import io.tierdesk.sla.DeadlineKind;
import io.tierdesk.sla.SlaBreached;
import io.tierdesk.sla.SlaTarget;
import io.tierdesk.sla.SlaWarningReached;
import io.tierdesk.ticket.TicketAutomation;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people an SLA warning or breach names (the policy's actions chose them) in
 * their notification list: "TD-1042 Printer on fire — Resolution target breached: due …".
 * The event may come twice; the key (ticket, target, kind, due) makes it one
 * notification.
 */
@Component
class SlaNotices {

	private final Notifications notifications;

	private final TicketAutomation tickets;

	SlaNotices(Notifications notifications, TicketAutomation tickets) {
		this.notifications = notifications;
		this.tickets = tickets;
	}

	@ApplicationModuleListener
	void on(SlaWarningReached event) {
		tell(event.tell(), event.ticketId(), event.target(), DeadlineKind.WARNING, event.due(), event.text());
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		tell(event.tell(), event.ticketId(), event.target(), DeadlineKind.BREACH, event.due(), event.text());
	}

	private void tell(List<Long> people, long ticketId, SlaTarget target, DeadlineKind kind, Instant due, String text) {
		String about = tickets.find(ticketId).map(SlaNotices::title).orElse("Ticket " + ticketId);
		String key = "sla:" + ticketId + ":" + target + ":" + kind + ":" + due;
		people.forEach(person -> notifications.tell(person, about + " — " + text, ticketId, key));
	}

	private static String title(TicketView ticket) {
		return ticket.number() + " " + ticket.subject();
	}

}
