package io.tierdesk.ticket.domain;

/**
 * A file already written to the attachment store, with its sniffed type, ready to be
 * attached to a message.
 */
public record StoredFile(String fileName, String contentType, long size, String storageKey, String sha256) {
}
