package io.tierdesk.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import io.tierdesk.platform.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarRulesCheckTests {

	private static final Map<String, List<List<String>>> NINE_TO_FIVE = Map.of("MONDAY",
			List.of(List.of("09:00", "17:00")));

	@Test
	void readsDatedAndYearlyHolidaysAndSpecialDays() {
		CalendarRules rules = CalendarRulesCheck.check("Europe/Berlin", NINE_TO_FIVE, List.of("2026-12-25", "--02-29"),
				Map.of("2026-12-24", List.of(List.of("08:00", "12:00"))));

		assertThat(rules.holidays()).containsExactly(LocalDate.of(2026, 12, 25));
		assertThat(rules.yearlyHolidays()).containsExactly(MonthDay.of(2, 29));
		assertThat(rules.specialDays().get(LocalDate.of(2026, 12, 24))).containsExactly(new WorkingInterval(480, 720));
	}

	@Test
	void acceptsTwentyFourHundredAsAnEnd() {
		CalendarRules rules = CalendarRulesCheck.check("UTC", Map.of("SUNDAY", List.of(List.of("00:00", "24:00"))),
				List.of(), Map.of());

		assertThat(CompiledCalendar.of(rules).weekSeconds()).isEqualTo(24 * 3600);
	}

	@Test
	void namesEveryFieldAtFaultAtOnce() {
		assertThatThrownBy(() -> CalendarRulesCheck.check("Europe/Nowhere",
				Map.of("MONDAY", List.of(List.of("09:00", "12:00"), List.of("11:30", "13:00")), "TUESDAY",
						List.of(List.of("9:00", "17:00"))),
				List.of("12/25"), Map.of("2026-12-24", List.of())))
			.isInstanceOfSatisfying(Problem.InvalidInput.class,
					problem -> assertThat(problem.errors()).extracting(Problem.FieldError::field)
						.containsExactlyInAnyOrder("timeZone", "hours.MONDAY", "hours.TUESDAY[0]", "holidays[0]",
								"specialDays.2026-12-24"));
	}

	@Test
	void refusesAFixedOffsetAsZone() {
		assertThat(CalendarRulesCheck.isZone("+02:00")).isFalse();
		assertThat(CalendarRulesCheck.isZone("America/New_York")).isTrue();
	}

	@Test
	void refusesAWeekWithoutWorkingTimeEvenWithSpecialDays() {
		assertThatThrownBy(() -> CalendarRulesCheck.check("UTC", Map.of(), List.of(),
				Map.of("2026-12-24", List.of(List.of("08:00", "12:00")))))
			.isInstanceOfSatisfying(Problem.InvalidInput.class,
					problem -> assertThat(problem.errors()).extracting(Problem.FieldError::field)
						.containsExactly("hours"));
	}

	@Test
	void aDueBeyondTheRangeIsAnErrorNotAnEndlessLoop() {
		CalendarRules oneHourAWeek = CalendarRulesCheck.check("UTC",
				Map.of("MONDAY", List.of(List.of("09:00", "10:00"))), List.of(), Map.of());
		long start = Instant.parse("2199-12-31T00:00:00Z").getEpochSecond();

		assertThatThrownBy(() -> CompiledCalendar.of(oneHourAWeek).due(start, SupportedRange.MAX_MINUTES * 60))
			.isInstanceOf(CompiledCalendar.BeyondRange.class)
			.hasMessageContaining("2400");
	}

}
