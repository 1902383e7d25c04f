package io.tierdesk.sla.calendar;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast arithmetic against the minute-by-minute walk, over many random starts and
 * durations (seeded, so a failure repeats): the same due, the same business minutes, and
 * {@code businessMinutes(s, due(s, m)) == m}.
 */
class CompiledCalendarPropertyTests {

	private static final long FROM = Instant.parse("2025-12-01T00:00:00Z").getEpochSecond();

	private static final long SPAN_MINUTES = 500L * 24 * 60;

	@ParameterizedTest
	@ValueSource(strings = { "berlin-office", "berlin-24x7", "berlin-night", "newyork-office", "kolkata-office",
			"sydney-24x7" })
	void dueAgreesWithTheMinuteWalkAndBusinessMinutesInvertsIt(String name) {
		CalendarRules rules = CalendarFixtures.named(name);
		CompiledCalendar calendar = CompiledCalendar.of(rules);
		NaiveMinuteWalk walk = new NaiveMinuteWalk(rules);
		SplittableRandom random = new SplittableRandom(name.hashCode());
		for (int run = 0; run < 200; run++) {
			Instant start = Instant.ofEpochSecond(FROM + random.nextLong(SPAN_MINUTES) * 60);
			long minutes = run % 5 == 0 ? random.nextLong(6_000) : random.nextLong(600);
			long due = calendar.due(start.getEpochSecond(), minutes * 60);
			assertThat(Instant.ofEpochSecond(due)).as("due(%s, %d) on %s", start, minutes, name)
				.isEqualTo(walk.due(start, minutes));
			assertThat(calendar.businessSeconds(start.getEpochSecond(), due) / 60)
				.as("businessMinutes(%s, due) on %s", start, name)
				.isEqualTo(minutes);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "berlin-office", "berlin-night", "newyork-office", "sydney-24x7" })
	void businessMinutesAgreeWithTheMinuteWalk(String name) {
		CalendarRules rules = CalendarFixtures.named(name);
		CompiledCalendar calendar = CompiledCalendar.of(rules);
		NaiveMinuteWalk walk = new NaiveMinuteWalk(rules);
		SplittableRandom random = new SplittableRandom(31 * name.hashCode());
		for (int run = 0; run < 200; run++) {
			Instant from = Instant.ofEpochSecond(FROM + random.nextLong(SPAN_MINUTES) * 60);
			Instant to = from.plusSeconds(random.nextLong(20L * 24 * 60) * 60);
			assertThat(calendar.businessSeconds(from.getEpochSecond(), to.getEpochSecond()) / 60)
				.as("businessMinutes(%s, %s) on %s", from, to, name)
				.isEqualTo(walk.businessMinutes(from, to));
		}
	}

}
