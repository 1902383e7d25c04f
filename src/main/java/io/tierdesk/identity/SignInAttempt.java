package io.tierdesk.identity;

import org.jspecify.annotations.Nullable;

/**
 * Who tried to sign in as whom: the email as typed (normalised) and the source address
 * (null when unknown).
 */
record SignInAttempt(String email, @Nullable String source) {
}
