package io.tierdesk.channel;

import java.time.Clock;
import java.util.Optional;

import io.tierdesk.channel.notification.NotificationStore;
import io.tierdesk.identity.Caller;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's notification list, per person: something happened that this person should
 * know (a ticket of theirs is about to breach), with a link to the ticket. Each person
 * sees only their own; reading one marks it read.
 */
@Service
@Transactional
public class Notifications {

	/** The longest text a notification keeps; longer ones are cut with an ellipsis. */
	public static final int TEXT_MAX = 500;

	private final NotificationStore store;

	private final Clock clock;

	Notifications(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Tells a person something, once per key: telling the same person with the same key
	 * again (an event delivered twice) changes nothing.
	 */
	public void tell(long personId, String text, @Nullable Long ticketId, String onceKey) {
		if (!store.exists(personId, onceKey)) {
			store.add(personId, cut(text.strip()), ticketId, onceKey, clock.instant());
		}
	}

	/** The caller's notifications, newest first. */
	@Transactional(readOnly = true)
	public PageOf<NotificationView> of(Caller caller, PageQuery page) {
		return new PageOf<>(store.page(caller.id(), page.offset(), page.size()), page.page(), page.size(),
				store.count(caller.id()));
	}

	@Transactional(readOnly = true)
	public long unread(long personId) {
		return store.unread(personId);
	}

	/** Marks it read and answers it; 404 when it is not the caller's. */
	public NotificationView read(long id, Caller caller) {
		store.markRead(id, caller.id(), clock.instant());
		return find(id, caller).orElseThrow(() -> new Problem.NotFound("Notification " + id));
	}

	public void readAll(Caller caller) {
		store.markAllRead(caller.id(), clock.instant());
	}

	@Transactional(readOnly = true)
	public Optional<NotificationView> find(long id, Caller caller) {
		return store.find(id, caller.id());
	}

	private static String cut(String text) {
		return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
	}

}
