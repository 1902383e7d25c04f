package io.tierdesk.sla.web;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.TimeZones;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.platform.web.PageController;
import io.tierdesk.platform.web.TypedForm;
import io.tierdesk.sla.Calendars;
import io.tierdesk.sla.Calendars.CalendarChange;
import io.tierdesk.sla.Calendars.CalendarDraft;
import io.tierdesk.sla.Calendars.CalendarView;
import io.tierdesk.sla.calendar.CalendarRulesCheck;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin: the business calendars (hours in words, holidays, the policies running on each),
 * the form that creates or changes one, and a "try it" box on a saved calendar. The API's
 * checks apply ({@link CalendarRulesCheck}), shown beside the rows they are about; a
 * calendar someone else saved meanwhile is shown as what differs, the typed form kept.
 */
@PageController
class CalendarsAdminPage {

	private static final String LIST = "redirect:/admin/sla/calendars";

	private final Calendars calendars;

	private final DueTrials trials;

	private final Clock clock;

	CalendarsAdminPage(Calendars calendars, DueTrials trials, Clock clock) {
		this.calendars = calendars;
		this.trials = trials;
		this.clock = clock;
	}

	/** A calendar as its list row reads. */
	record CalendarRow(long id, String name, String timeZone, String hours, int holidays, int specialDays,
			List<String> usedBy) {

		static CalendarRow of(CalendarView c, List<String> usedBy) {
			return new CalendarRow(c.id(), c.name(), c.timeZone(), HoursInWords.of(c.hours()), c.holidays().size(),
					c.specialDays().size(), usedBy);
		}

	}

	@GetMapping("/admin/sla/calendars")
	String list(Caller caller, Model model) {
		model.addAttribute("calendars",
				calendars.all(caller).stream().map(c -> CalendarRow.of(c, calendars.usersOf(c.id(), caller))).toList());
		return "admin/sla-calendars";
	}

	@PostMapping("/admin/sla/calendars/{id}/delete")
	String delete(@PathVariable long id, Caller caller, Model model, RedirectAttributes redirect) {
		String name = calendars.get(id, caller).name();
		try {
			calendars.delete(id, caller);
		}
		catch (Problem.Conflict inUse) {
			model.addAttribute("refused", inUse.getMessage());
			return list(caller, model);
		}
		redirect.addFlashAttribute("notice", "Calendar " + name + " deleted.");
		return LIST;
	}

	@GetMapping("/admin/sla/calendars/new")
	String blank(Model model) {
		return render(null, CalendarForm.blank(), Map.of(), model);
	}

	/**
	 * The form of a saved calendar; {@code start} and {@code minutes} ask the "try it"
	 * box.
	 */
	@GetMapping("/admin/sla/calendars/{id}")
	String edit(@PathVariable long id, @ModelAttribute("trial") @Nullable DueTrial trial, BindingResult binding,
			WebRequest request, Caller caller, Model model) {
		CalendarView calendar = calendars.get(id, caller);
		trials.answer(calendar, TypedForm.orAsTyped(trial, DueTrial.class, request), FormErrors.of(binding), caller,
				model);
		return render(id, CalendarForm.of(calendar, Year.now(clock)), Map.of(), model);
	}

	@PostMapping("/admin/sla/calendars/new")
	String create(@Valid @ModelAttribute("form") @Nullable CalendarForm form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		return save(null, form, binding, request, caller, model, redirect);
	}

	@PostMapping("/admin/sla/calendars/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") @Nullable CalendarForm form,
			BindingResult binding, WebRequest request, Caller caller, Model model, RedirectAttributes redirect) {
		return save(id, form, binding, request, caller, model, redirect);
	}

	private String save(@Nullable Long id, @Nullable CalendarForm form, BindingResult binding, WebRequest request,
			Caller caller, Model model, RedirectAttributes redirect) {
		CalendarForm typed = TypedForm.orAsTyped(form, CalendarForm.class, request);
		CalendarFormReading reading = CalendarFormReading.of(typed);
		CalendarDraft draft = reading.draft();
		CalendarView current = id == null ? null : calendars.get(id, caller);
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding));
		reading.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		if (current != null && typed.version() == null) {
			errors.put("version", "the form lost the version it was read at; open the calendar again");
		}
		boolean stale = current != null && typed.version() != null && typed.version() != current.version();
		if (stale) {
			model.addAttribute("stale", "Calendar " + current.name() + " was changed by someone else while you were "
					+ "editing. Your typed values are still in the form; saving it again replaces their change.");
			model.addAttribute("differences", CalendarDifferences.between(current, draft));
			typed = typed.rebasedOn(current.version());
		}
		try {
			if (stale || !errors.isEmpty()) {
				// Nothing is saved, but every other mistake is named at once.
				CalendarRulesCheck.check(draft.timeZone(), draft.hours(), draft.holidays(), draft.specialDays());
				return render(id, typed, errors, model);
			}
			CalendarView saved = current == null ? calendars.create(draft, caller)
					: calendars.change(current.id(), new CalendarChange(current.version(), draft.name(),
							draft.timeZone(), draft.hours(), draft.holidays(), draft.specialDays()), caller);
			redirect.addFlashAttribute("notice", "Calendar " + saved.name() + " saved.");
			return LIST;
		}
		catch (Problem.InvalidInput invalid) {
			invalid.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		}
		catch (Problem.Conflict conflict) {
			errors.put(Calendars.NAME_IN_USE.equals(conflict.title()) ? "name" : FormErrors.WHOLE_FORM,
					conflict.getMessage());
		}
		return render(id, typed, errors, model);
	}

	private String render(@Nullable Long id, CalendarForm form, Map<String, String> errors, Model model) {
		CalendarFormReading reading = CalendarFormReading.of(form);
		Map<String, String> shown = new LinkedHashMap<>(errors);
		if (!errors.isEmpty()) {
			shown.putIfAbsent(FormErrors.WHOLE_FORM, "The calendar was not saved: see what is marked below.");
		}
		model.addAttribute("calendarId", id);
		model.addAttribute("form", form);
		model.addAttribute("week", reading.week());
		model.addAttribute("dates", reading.dates());
		model.addAttribute("errors", shown);
		model.addAttribute("elsewhere",
				errors.entrySet()
					.stream()
					.filter(e -> !reading.isPlaced(e.getKey()))
					.map(e -> e.getKey() + ": " + e.getValue())
					.toList());
		Set<String> zones = new LinkedHashSet<>(TimeZones.COMMON);
		zones.addAll(TimeZones.regions());
		model.addAttribute("zones", zones);
		return "admin/sla-calendar";
	}

}
