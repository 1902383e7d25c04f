package io.tierdesk.sla.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of rule cases: three zones and UTC, weekends, dated, yearly and half-day
 * holidays, both daylight-saving changes, starts outside hours and at boundary minutes,
 * zero minutes, weeks, months and years, lunch breaks and 24×7.
 */
class CalendarCasesTests {

	@ParameterizedTest(name = "{0} {1} + {2} min → {3}: {4}")
	@CsvFileSource(resources = "calendar-cases.csv", numLinesToSkip = 1)
	void dueIsStartPlusBusinessMinutes(String calendar, OffsetDateTime start, long minutes, OffsetDateTime due,
			String what) {
		CompiledCalendar compiled = CompiledCalendar.of(CalendarFixtures.named(calendar));
		long startMinute = start.toInstant().getEpochSecond() / 60 * 60;

		long computed = compiled.due(startMinute, minutes * 60);

		assertThat(Instant.ofEpochSecond(computed)).isEqualTo(due.toInstant());
		assertThat(compiled.businessSeconds(startMinute, computed)).isEqualTo(minutes * 60);
	}

}
