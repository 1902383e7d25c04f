package io.tierdesk.ticket;

/** P1 is the most urgent; sorting by name sorts by priority. */
public enum Priority {

	P1, P2, P3, P4

}
