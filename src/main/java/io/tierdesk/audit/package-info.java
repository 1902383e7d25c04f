/**
 * The append-only audit log: sign-ins, failed sign-ins, sign-in pauses and unlocks, user
 * creation and role changes, password changes, resets and first portal access, API tokens
 * minted and revoked, organisations created and changed, banner acceptance; it answers
 * identity's {@code SignInHistory} for the account page. Listens to identity's events
 * after their transaction commits (kept in the event publication registry, so an entry is
 * not lost to a crash); the application only ever inserts audit rows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity" })
@org.jspecify.annotations.NullMarked
package io.tierdesk.audit;
