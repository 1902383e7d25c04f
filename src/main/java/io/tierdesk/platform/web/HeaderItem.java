package io.tierdesk.platform.web;

import java.util.Optional;

/**
 * A link a module adds to every page's header for the person signed in (the channel's
 * "Notifications: 3 unread"), without the layout knowing the module: the module declares
 * a bean, identity, which knows who is signed in, asks each one per page, and the layout
 * shows the links in order.
 */
public interface HeaderItem {

	/** The link for this person now, or nothing to show. */
	Optional<HeaderLink> linkFor(long personId);

}
