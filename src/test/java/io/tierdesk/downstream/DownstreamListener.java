package io.tierdesk.downstream;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tierdesk.ticket.MessageAdded;
import io.tierdesk.ticket.TicketAssigned;
import io.tierdesk.ticket.TicketCategorised;
import io.tierdesk.ticket.TicketCreated;
import io.tierdesk.ticket.TicketPrioritised;
import io.tierdesk.ticket.TicketRetyped;
import io.tierdesk.ticket.TicketRouted;
import io.tierdesk.ticket.TicketStatusChanged;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener outside the ticket module, as SLA, routing, email and insight will be: it
 * receives the ticket's events after commit, through the event publication registry.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DownstreamListener {

	private final List<Object> received = new CopyOnWriteArrayList<>();

	/** Through a method: the listener is proxied, its fields are not the proxy's. */
	public List<Object> received() {
		return received;
	}

	@ApplicationModuleListener
	void on(TicketCreated event) {
		received.add(event);
	}

	@ApplicationModuleListener
	void on(TicketPrioritised event) {
		received.add(event);
	}

	@ApplicationModuleListener
	void on(TicketRouted event) {
		received.add(event);
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		received.add(event);
	}

	@ApplicationModuleListener
	void on(TicketCategorised event) {
		received.add(event);
	}

	@ApplicationModuleListener
	void on(TicketRetyped event) {
		received.add(event);
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		received.add(event);
	}

	@ApplicationModuleListener
	void on(MessageAdded event) {
		received.add(event);
	}

}
