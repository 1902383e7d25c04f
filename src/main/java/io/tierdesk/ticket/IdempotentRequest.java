package io.tierdesk.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.TicketViews.NewTicket;
import org.jspecify.annotations.Nullable;

/**
 * An {@code Idempotency-Key} and what the request said, as a SHA-256 of the command and
 * its files' names and sizes: a repeat is the same request only if both match (the common
 * contract of the IETF Idempotency-Key draft, Stripe and others).
 */
record IdempotentRequest(String key, String hash) {

	static final int MAX_KEY_LENGTH = 200;

	/** No key, no idempotency; an empty or over-long key is refused (400). */
	static @Nullable IdempotentRequest of(@Nullable String key, NewTicket command, List<UploadedFile> files) {
		if (key == null) {
			return null;
		}
		if (key.isBlank()) {
			throw new Problem.InvalidInput("Idempotency-Key", "must not be empty; leave the header out instead");
		}
		if (key.length() > MAX_KEY_LENGTH) {
			throw new Problem.InvalidInput("Idempotency-Key", "must be at most " + MAX_KEY_LENGTH + " characters");
		}
		StringBuilder request = new StringBuilder(command.toString());
		files.forEach(file -> request.append('\n').append(file.originalName()).append(' ').append(file.size()));
		return new IdempotentRequest(key, sha256(request.toString()));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
