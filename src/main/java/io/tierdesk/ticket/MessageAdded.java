package io.tierdesk.ticket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reply or note. {@code author} is whose words it is (a requester, an agent, or the
 * system); {@code actor} who put it there, which differs when a module adds it on a
 * participant's behalf (a mail reply arrives through the system actor "Email").
 * {@code firstResponse}: the desk's first public answer to the requester.
 */
public record MessageAdded(long ticketId, long messageId, @Nullable Long authorId, Actor.Kind authorKind,
		Visibility visibility, boolean firstResponse, Actor actor, Instant at) {
}
