/**
 * Who is who: users and their roles, organisations, teams with their tier (TIERED, tier 1
 * to 4) or SWARM model, password sign-in throttled per account and source, API tokens,
 * the sign-in banner and its acceptance. Publishes sign-in, token and role events that
 * {@code audit} records; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package io.tierdesk.identity;
