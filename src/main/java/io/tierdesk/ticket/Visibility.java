package io.tierdesk.ticket;

/** PUBLIC is seen by the requester; INTERNAL (notes, routing) only by staff. */
public enum Visibility {

	PUBLIC, INTERNAL

}
