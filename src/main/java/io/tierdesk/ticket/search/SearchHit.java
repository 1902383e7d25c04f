package io.tierdesk.ticket.search;

import java.util.List;

import io.tierdesk.ticket.search.Highlighter.Piece;
import org.jspecify.annotations.Nullable;

/**
 * A result's subject and an excerpt of where the words were found, the words marked; no
 * excerpt when only the subject (or the ticket's number) matched.
 */
public record SearchHit(List<Piece> subject, @Nullable List<Piece> excerpt) {
}
