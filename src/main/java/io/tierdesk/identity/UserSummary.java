package io.tierdesk.identity;

/** A user as other modules show them. */
public record UserSummary(long id, String email, String name) {
}
