package io.tierdesk.sla.web;

import java.net.URI;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.PageOf;
import io.tierdesk.sla.Calendars;
import io.tierdesk.sla.Calendars.CalendarChange;
import io.tierdesk.sla.Calendars.CalendarDraft;
import io.tierdesk.sla.Calendars.CalendarView;
import io.tierdesk.sla.Calendars.DueAnswer;
import io.tierdesk.sla.Calendars.DueQuestion;
import io.tierdesk.sla.Calendars.ElapsedAnswer;
import io.tierdesk.sla.Calendars.ElapsedQuestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sla/calendars")
@Tag(name = "SLA calendars", description = "Business calendars and business-time arithmetic on them")
class CalendarsApi {

	private final Calendars calendars;

	CalendarsApi(Calendars calendars) {
		this.calendars = calendars;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createCalendar", summary = "Create a business calendar (admin)")
	ResponseEntity<CalendarView> create(@Valid @RequestBody CalendarDraft draft, Caller caller) {
		CalendarView created = calendars.create(draft, caller);
		return ResponseEntity.created(URI.create("/api/v1/sla/calendars/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(operationId = "listCalendars", summary = "All business calendars by name (staff)")
	PageOf<CalendarView> all(Caller caller) {
		var all = calendars.all(caller);
		return new PageOf<>(all, 0, all.size(), all.size());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getCalendar", summary = "One business calendar (staff)")
	CalendarView get(@PathVariable long id, Caller caller) {
		return calendars.get(id, caller);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "changeCalendar",
			summary = "Replace a business calendar (admin); 409 when version is not the current one")
	CalendarView change(@PathVariable long id, @Valid @RequestBody CalendarChange change, Caller caller) {
		return calendars.change(id, change, caller);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteCalendar",
			summary = "Delete a business calendar (admin); 409 while a policy uses it")
	void delete(@PathVariable long id, Caller caller) {
		calendars.delete(id, caller);
	}

	@PostMapping("/{id}/due")
	@Operation(operationId = "calendarDue", summary = "start plus that many business minutes (staff)")
	DueAnswer due(@PathVariable long id, @Valid @RequestBody DueQuestion question, Caller caller) {
		return calendars.due(id, question, caller);
	}

	@PostMapping("/{id}/elapsed")
	@Operation(operationId = "calendarElapsed", summary = "Business minutes in [from, to) (staff)")
	ElapsedAnswer elapsed(@PathVariable long id, @Valid @RequestBody ElapsedQuestion question, Caller caller) {
		return calendars.elapsed(id, question, caller);
	}

}
