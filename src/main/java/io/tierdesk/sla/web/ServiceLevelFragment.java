package io.tierdesk.sla.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Organisations;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.sla.AtRisk;
import io.tierdesk.sla.BusinessCalendars;
import io.tierdesk.sla.CalendarSummary;
import io.tierdesk.sla.clock.Clocks;
import io.tierdesk.sla.clock.TicketClocks;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.TicketQueries;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The service-level part of the ticket page, loaded by htmx: each target with its due
 * time, met / breached / paused, the minutes paused, why these targets (policy, rule,
 * calendar), and while it waits, when it is likely solved and whether that is after its
 * resolution is due ("At risk"), with what the estimate rests on. Staff only; anyone
 * else, and a ticket the caller may not see, gets 404.
 */
@PageController
class ServiceLevelFragment {

	private final TicketQueries tickets;

	private final TicketClocks clocks;

	private final BusinessCalendars calendars;

	private final Organisations organisations;

	private final Categories categories;

	private final Clock clock;

	private final AtRisk risks;

	ServiceLevelFragment(TicketQueries tickets, TicketClocks clocks, BusinessCalendars calendars,
			Organisations organisations, Categories categories, Clock clock, AtRisk risks) {
		this.risks = risks;
		this.tickets = tickets;
		this.clocks = clocks;
		this.calendars = calendars;
		this.organisations = organisations;
		this.categories = categories;
		this.clock = clock;
	}

	@GetMapping(ServiceLevelSlot.PATH)
	String clock(@PathVariable long id, Caller caller, Model model) {
		if (!caller.isStaff() || !tickets.canSee(id, caller)) {
			throw new Problem.NotFound("Ticket " + id);
		}
		clocks.current(id).ifPresent(c -> describe(c, caller, model));
		risks.estimateFor(id).ifPresent(r -> model.addAttribute("risk", r));
		return "sla/clock";
	}

	private void describe(Clocks c, Caller caller, Model model) {
		Instant now = clock.instant();
		CalendarSummary calendar = calendars.find(c.policy().calendarId()).orElse(null);
		List<ClockLine> lines = new ArrayList<>();
		lines.add(ClockLine.of("First response", c.firstResponse(), now));
		lines.add(ClockLine.of("Resolution", c.resolution(), now));
		if (c.nextResponse() != null) {
			lines.add(ClockLine.of("Next response", c.nextResponse(), now));
		}
		Map<Long, String> organisationNames = organisations.all(caller)
			.stream()
			.collect(Collectors.toMap(o -> o.id(), o -> o.name()));
		Map<Long, String> categoryNames = categories.all()
			.stream()
			.collect(Collectors.toMap(k -> k.id(), k -> k.path()));
		model.addAttribute("clocks", c);
		model.addAttribute("lines", lines);
		model.addAttribute("why", c.why()
			.words(id -> organisationNames.getOrDefault(id, "#" + id), id -> categoryNames.getOrDefault(id, "#" + id)));
		model.addAttribute("calendar", calendar == null ? "calendar #" + c.policy().calendarId() : calendar.name());
		model.addAttribute("zone", calendar == null ? null : calendar.zone());
		model.addAttribute("pausedFor", DueWords.span(java.time.Duration.ofMinutes(c.pausedMinutes())));
	}

}
