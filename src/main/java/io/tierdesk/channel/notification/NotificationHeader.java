package io.tierdesk.channel.notification;

import java.util.Optional;

import io.tierdesk.channel.Notifications;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Role;
import io.tierdesk.platform.web.HeaderItem;
import io.tierdesk.platform.web.HeaderLink;
import org.springframework.stereotype.Component;

/**
 * The link to the notification list, with the unread count, in every page's header, for
 * staff; the count is left out at zero. Requesters get nothing the list would tell them
 * yet, so they see the link only when they have something unread.
 */
@Component
class NotificationHeader implements HeaderItem {

	private final Notifications notifications;

	private final Directory directory;

	NotificationHeader(Notifications notifications, Directory directory) {
		this.notifications = notifications;
		this.directory = directory;
	}

	@Override
	public Optional<HeaderLink> linkFor(long personId) {
		long unread = notifications.unread(personId);
		if (unread == 0 && !directory.roleOf(personId).map(Role::isStaff).orElse(false)) {
			return Optional.empty();
		}
		String count = unread == 0 ? null : String.valueOf(unread);
		return Optional.of(new HeaderLink("/notifications", "Notifications", count,
				unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread"));
	}

}
