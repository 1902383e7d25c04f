package io.tierdesk.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * A header link: the path, its visible text, an optional count shown as a badge ("3"),
 * and the accessible name that says it all in words ("Notifications: 3 unread").
 */
public record HeaderLink(String path, String text, @Nullable String badge, String accessibleName) {

}
