package io.tierdesk.sla.web;

import org.jspecify.annotations.Nullable;

/**
 * The "try it" box of a calendar's page as typed: a start in the calendar's zone
 * ({@code 2026-12-24T16:00}, as a {@code datetime-local} field sends it) and business
 * minutes. Text, so that whatever is typed comes back with a word on what is wrong.
 */
record DueTrial(@Nullable String start, @Nullable String minutes) {

	boolean isAsked() {
		return start != null || minutes != null;
	}

}
