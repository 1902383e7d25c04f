package io.tierdesk.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.tierdesk.platform.Problem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A business calendar as an admin keeps it: a unique name and the {@link CalendarRules}
 * stored as rows (weekly intervals, holidays, special-day intervals). Changing it
 * replaces all its rules at once, guarded by its version.
 */
@Entity
@Table(name = "sla_calendar")
public class BusinessCalendar {

	/** A yearly holiday is stored on this (leap) year, so 29 February fits. */
	private static final int YEARLY_HOLIDAY_YEAR = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private String timeZone;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
	private Set<WeeklyHours> hours = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
	private Set<Holiday> holidays = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_calendar_special_hours", joinColumns = @JoinColumn(name = "calendar_id"))
	private Set<SpecialHours> specialHours = new HashSet<>();

	protected BusinessCalendar() {
		this.name = "";
		this.timeZone = "UTC";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public BusinessCalendar(String name, CalendarRules rules, Instant now) {
		this.name = name.strip();
		this.timeZone = rules.zone().getId();
		this.createdAt = now;
		this.updatedAt = now;
		store(rules);
	}

	public void checkVersion(long expected) {
		if (expected != version) {
			throw new Problem.Conflict("Changed by someone else",
					"Calendar " + name + " was changed by someone else since you loaded it (you sent version "
							+ expected + ", it is now " + version
							+ "). Reload to see their change; nothing of yours was saved.");
		}
	}

	public void change(String name, CalendarRules rules, Instant now) {
		this.name = name.strip();
		this.timeZone = rules.zone().getId();
		this.updatedAt = now;
		hours.clear();
		holidays.clear();
		specialHours.clear();
		store(rules);
	}

	private void store(CalendarRules rules) {
		rules.week()
			.forEach((day, intervals) -> intervals
				.forEach(i -> hours.add(new WeeklyHours(day, i.startMinute(), i.endMinute()))));
		rules.holidays().forEach(day -> holidays.add(new Holiday(day, false)));
		rules.yearlyHolidays().forEach(day -> holidays.add(new Holiday(day.atYear(YEARLY_HOLIDAY_YEAR), true)));
		rules.specialDays()
			.forEach((day, intervals) -> intervals
				.forEach(i -> specialHours.add(new SpecialHours(day, i.startMinute(), i.endMinute()))));
	}

	public CalendarRules rules() {
		Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
		hours.forEach(h -> week.computeIfAbsent(h.dayOfWeek(), d -> new ArrayList<>()).add(h.interval()));
		week.values().forEach(list -> list.sort(null));
		Map<LocalDate, List<WorkingInterval>> special = new TreeMap<>();
		specialHours.forEach(h -> special.computeIfAbsent(h.onDate(), d -> new ArrayList<>()).add(h.interval()));
		special.values().forEach(list -> list.sort(null));
		Set<LocalDate> dated = holidays.stream()
			.filter(h -> !h.yearly())
			.map(Holiday::onDate)
			.collect(Collectors.toSet());
		Set<MonthDay> yearly = holidays.stream()
			.filter(Holiday::yearly)
			.map(h -> MonthDay.from(h.onDate()))
			.collect(Collectors.toSet());
		return new CalendarRules(ZoneId.of(timeZone), week, dated, yearly, special);
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("calendar not saved yet");
		}
		return id;
	}

	public String name() {
		return name;
	}

	public long version() {
		return version;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
