package io.tierdesk.sla.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.TimeFormat;
import io.tierdesk.sla.Calendars;
import io.tierdesk.sla.Calendars.CalendarView;
import io.tierdesk.sla.Calendars.DueQuestion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Answers a calendar page's "try it" box with the API's own arithmetic ({@code POST
 * /api/v1/sla/calendars/{id}/due}): the start is read in the calendar's zone, the due
 * time shown in that zone and (by the page) in the viewer's.
 */
@Component
class DueTrials {

	static final String DEFAULT_MINUTES = "60";

	private final Calendars calendars;

	private final Clock clock;

	DueTrials(Calendars calendars, Clock clock) {
		this.calendars = calendars;
		this.clock = clock;
	}

	/** The due time, and how it reads in the calendar's zone. */
	record DueShown(Instant due, String inCalendarZone) {
	}

	void answer(CalendarView calendar, DueTrial trial, Map<String, String> bindingErrors, Caller caller, Model model) {
		ZoneId zone = ZoneId.of(calendar.timeZone());
		TimeFormat inZone = new TimeFormat(zone, clock.instant());
		Map<String, String> errors = new LinkedHashMap<>(bindingErrors);
		errors.remove("form");
		DueTrial shown = trial.isAsked() ? trial : new DueTrial(inZone.localInput(clock.instant()), DEFAULT_MINUTES);
		model.addAttribute("trial", shown);
		model.addAttribute("trialErrors", errors);
		if (!trial.isAsked() || !errors.isEmpty()) {
			return;
		}
		Instant start = start(trial.start(), zone, errors);
		Long minutes = minutes(trial.minutes(), errors);
		if (start == null || minutes == null) {
			return;
		}
		try {
			Instant due = calendars.due(calendar.id(), new DueQuestion(start, minutes), caller).due();
			model.addAttribute("trialDue", new DueShown(due, inZone.withZone(due)));
		}
		catch (Problem.InvalidInput invalid) {
			invalid.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		}
	}

	private static @Nullable Instant start(@Nullable String text, ZoneId zone, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			errors.put("start", "give a start, such as 2026-12-24T16:00");
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			errors.put("start", "is not a date and time, such as 2026-12-24T16:00");
			return null;
		}
	}

	private static @Nullable Long minutes(@Nullable String text, Map<String, String> errors) {
		try {
			return Long.parseLong(String.valueOf(text).strip());
		}
		catch (NumberFormatException ex) {
			errors.put("minutes", "give a whole number of business minutes, such as 90");
			return null;
		}
	}

}
