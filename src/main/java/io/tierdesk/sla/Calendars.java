package io.tierdesk.sla;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.platform.Problem;
import io.tierdesk.sla.calendar.BusinessCalendar;
import io.tierdesk.sla.calendar.BusinessCalendarRepository;
import io.tierdesk.sla.calendar.CalendarRules;
import io.tierdesk.sla.calendar.CalendarRulesCheck;
import io.tierdesk.sla.calendar.CalendarUsers;
import io.tierdesk.sla.calendar.CompiledCalendars;
import io.tierdesk.sla.calendar.SupportedRange;
import io.tierdesk.sla.calendar.WorkingInterval;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing business calendars (admins) and computing on them (staff): what the API and
 * the admin pages call. Every change forgets the compiled calendars once it commits.
 */
@Service
@Transactional
public class Calendars {

	public static final int NAME_MAX = 200;

	/** The title of the conflict when another calendar has the name. */
	public static final String NAME_IN_USE = "Name in use";

	/** {@code 2026-12-25} or {@code --12-25}. */
	private static final int HOLIDAY_MAX = 10;

	private static final String HOURS_EXAMPLE = "{\"MONDAY\": [[\"09:00\", \"17:00\"]]}";

	private final BusinessCalendarRepository calendars;

	private final CompiledCalendars compiled;

	private final BusinessCalendars arithmetic;

	private final List<CalendarUsers> users;

	private final Clock clock;

	Calendars(BusinessCalendarRepository calendars, CompiledCalendars compiled, BusinessCalendars arithmetic,
			List<CalendarUsers> users, Clock clock) {
		this.calendars = calendars;
		this.compiled = compiled;
		this.arithmetic = arithmetic;
		this.users = users;
		this.clock = clock;
	}

	/** A calendar as a client writes it; a weekday left out is closed. */
	public record CalendarDraft(@NotBlank @Size(max = NAME_MAX) String name,
			@Schema(description = "IANA time zone id",
					example = "Europe/Berlin") @NotBlank @Size(max = 64) String timeZone,
			@Schema(description = "Working intervals per weekday (MONDAY…SUNDAY) as [start, end] in HH:mm, 24:00 allowed as an end",
					example = HOURS_EXAMPLE) @NotNull @Size(max = 7) Map<String, List<List<String>>> hours,
			@Schema(description = "Closed days: a date (2026-12-25) or a yearly date (--12-25)") @Nullable @Size(
					max = CalendarRulesCheck.MAX_DAYS) List<@Size(max = HOLIDAY_MAX) String> holidays,
			@Schema(description = "Days with their own intervals (half days), by date") @Nullable @Size(
					max = CalendarRulesCheck.MAX_DAYS) Map<String, List<List<String>>> specialDays) {
	}

	/** A whole calendar replacing the one at {@code version}. */
	public record CalendarChange(long version, @NotBlank @Size(max = NAME_MAX) String name,
			@NotBlank @Size(max = 64) String timeZone, @NotNull @Size(max = 7) Map<String, List<List<String>>> hours,
			@Nullable @Size(max = CalendarRulesCheck.MAX_DAYS) List<@Size(max = HOLIDAY_MAX) String> holidays,
			@Nullable @Size(max = CalendarRulesCheck.MAX_DAYS) Map<String, List<List<String>>> specialDays) {

		CalendarDraft draft() {
			return new CalendarDraft(name, timeZone, hours, holidays, specialDays);
		}

	}

	public record CalendarView(long id, String name, String timeZone, Map<String, List<List<String>>> hours,
			List<String> holidays, Map<String, List<List<String>>> specialDays, long weeklyMinutes, long version) {
	}

	public record DueQuestion(@NotNull Instant start, @Min(0) @Max(SupportedRange.MAX_MINUTES) @Schema(
			description = "Business minutes, 0 to ten years' worth") long minutes) {
	}

	public record DueAnswer(Instant due) {
	}

	public record ElapsedQuestion(@NotNull Instant from, @NotNull Instant to) {
	}

	public record ElapsedAnswer(long minutes) {
	}

	public CalendarView create(CalendarDraft draft, Caller by) {
		requireAdmin(by);
		CalendarRules rules = rules(draft);
		requireFreeName(draft.name(), null);
		BusinessCalendar calendar = calendars.save(new BusinessCalendar(draft.name(), rules, clock.instant()));
		compiled.forgetAfterCommit();
		return view(calendar);
	}

	public CalendarView change(long id, CalendarChange change, Caller by) {
		requireAdmin(by);
		BusinessCalendar calendar = calendar(id);
		calendar.checkVersion(change.version());
		CalendarRules rules = rules(change.draft());
		requireFreeName(change.name(), id);
		calendar.change(change.name(), rules, clock.instant());
		calendars.flush();
		compiled.forgetAfterCommit();
		return view(calendar);
	}

	public void delete(long id, Caller by) {
		requireAdmin(by);
		BusinessCalendar calendar = calendar(id);
		List<String> using = usersOf(id, by);
		if (!using.isEmpty()) {
			throw new Problem.Conflict("Calendar in use", "Calendar " + calendar.name() + " is used by "
					+ String.join(", ", using) + "; change those first.");
		}
		calendars.delete(calendar);
		compiled.forgetAfterCommit();
	}

	@Transactional(readOnly = true)
	public List<CalendarView> all(Caller by) {
		requireStaff(by);
		return calendars.findAllByOrderByNameAsc().stream().map(Calendars::view).toList();
	}

	/**
	 * What runs on the calendar, in words ("policy Standard"); empty when nothing does.
	 */
	@Transactional(readOnly = true)
	public List<String> usersOf(long id, Caller by) {
		requireStaff(by);
		return users.stream().flatMap(u -> u.usersOf(id).stream()).toList();
	}

	@Transactional(readOnly = true)
	public CalendarView get(long id, Caller by) {
		requireStaff(by);
		return view(calendar(id));
	}

	@Transactional(readOnly = true)
	public DueAnswer due(long id, DueQuestion question, Caller by) {
		requireStaff(by);
		return new DueAnswer(arithmetic.due(id, question.start(), question.minutes()));
	}

	@Transactional(readOnly = true)
	public ElapsedAnswer elapsed(long id, ElapsedQuestion question, Caller by) {
		requireStaff(by);
		if (question.to().isBefore(question.from())) {
			throw new Problem.InvalidInput("to", "must not be before from");
		}
		return new ElapsedAnswer(arithmetic.businessMinutes(id, question.from(), question.to()));
	}

	private static CalendarRules rules(CalendarDraft draft) {
		return CalendarRulesCheck.check(draft.timeZone(), draft.hours(),
				Objects.requireNonNullElse(draft.holidays(), List.of()),
				Objects.requireNonNullElse(draft.specialDays(), Map.of()));
	}

	private void requireFreeName(String name, @Nullable Long self) {
		calendars.findByNameIgnoreCase(name.strip())
			.filter(other -> self == null || other.id() != self)
			.ifPresent(other -> {
				throw new Problem.Conflict(NAME_IN_USE, "A calendar named " + other.name() + " already exists.");
			});
	}

	private BusinessCalendar calendar(long id) {
		return calendars.findById(id).orElseThrow(() -> new Problem.NotFound("Calendar " + id));
	}

	private static CalendarView view(BusinessCalendar calendar) {
		CalendarRules rules = calendar.rules();
		Map<String, List<List<String>>> hours = new LinkedHashMap<>();
		long weekly = 0;
		for (DayOfWeek day : DayOfWeek.values()) {
			if (!rules.hoursOn(day).isEmpty()) {
				hours.put(day.name(), pairs(rules.hoursOn(day)));
				weekly += rules.hoursOn(day).stream().mapToInt(WorkingInterval::minutes).sum();
			}
		}
		List<String> holidays = new ArrayList<>(rules.holidays().stream().sorted().map(LocalDate::toString).toList());
		rules.yearlyHolidays().stream().sorted().map(MonthDay::toString).forEach(holidays::add);
		Map<String, List<List<String>>> special = new LinkedHashMap<>();
		rules.specialDays()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> special.put(e.getKey().toString(), pairs(e.getValue())));
		return new CalendarView(calendar.id(), calendar.name(), rules.zone().getId(), hours, holidays, special, weekly,
				calendar.version());
	}

	private static List<List<String>> pairs(List<WorkingInterval> intervals) {
		return intervals.stream().sorted().map(i -> List.of(i.start(), i.end())).toList();
	}

	private static void requireAdmin(Caller by) {
		if (!by.is(Role.ADMIN)) {
			throw new Problem.Forbidden("Only an admin can manage calendars.");
		}
	}

	private static void requireStaff(Caller by) {
		if (!by.isStaff()) {
			throw new Problem.Forbidden("Only staff can see calendars.");
		}
	}

}
