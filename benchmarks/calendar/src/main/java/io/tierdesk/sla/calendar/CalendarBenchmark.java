package io.tierdesk.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Due-date computations on typical calendars with typical targets: the compiled
 * arithmetic and the naive minute-by-minute walk, on the same mix of random starts (in
 * 2026, seeded) and targets.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CalendarBenchmark {

	/** First response to resolution: 15 minutes to 5 working days. */
	private static final long[] TYPICAL = { 15, 30, 60, 120, 240, 480, 960, 1440, 2400 };

	/** Contract-sized: one to three months of working time. */
	private static final long[] MONTHS = { 9600, 19200, 28800 };

	private static final int MIX = 1024;

	@Param({ "office", "24x7" })
	public String calendar;

	@Param({ "typical", "months" })
	public String targets;

	private CompiledCalendar compiled;

	private NaiveMinuteWalk walk;

	private final long[] starts = new long[MIX];

	private final long[] seconds = new long[MIX];

	private int next;

	@Setup(Level.Trial)
	public void prepare() {
		CalendarRules rules = "office".equals(calendar) ? berlinOffice() : aroundTheClock();
		compiled = CompiledCalendar.of(rules);
		walk = new NaiveMinuteWalk(rules);
		long[] pool = "typical".equals(targets) ? TYPICAL : MONTHS;
		SplittableRandom random = new SplittableRandom(42);
		long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
		for (int i = 0; i < MIX; i++) {
			starts[i] = from + random.nextLong(365L * 24 * 60) * 60;
			seconds[i] = pool[random.nextInt(pool.length)] * 60;
		}
	}

	@Benchmark
	public long compiled() {
		int i = next++ & (MIX - 1);
		return compiled.due(starts[i], seconds[i]);
	}

	@Benchmark
	public Instant naiveWalk() {
		int i = next++ & (MIX - 1);
		return walk.due(Instant.ofEpochSecond(starts[i]), seconds[i] / 60);
	}

	/** The demo's "Berlin office hours": lunch break, German holidays, half days. */
	static CalendarRules berlinOffice() {
		List<WorkingInterval> day = List.of(new WorkingInterval(480, 720), new WorkingInterval(780, 1020));
		Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(d, day);
		}
		List<LocalDate> easterBased = List.of("2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25", "2027-03-26",
				"2027-03-29", "2027-05-06", "2027-05-17").stream().map(LocalDate::parse).toList();
		List<MonthDay> fixed = List.of("--01-01", "--05-01", "--10-03", "--12-25", "--12-26")
			.stream()
			.map(MonthDay::parse)
			.toList();
		List<WorkingInterval> half = List.of(new WorkingInterval(480, 720));
		return new CalendarRules(ZoneId.of("Europe/Berlin"), week, Set.copyOf(easterBased), Set.copyOf(fixed),
				Map.of(LocalDate.parse("2026-12-24"), half, LocalDate.parse("2026-12-31"), half,
						LocalDate.parse("2027-12-24"), half, LocalDate.parse("2027-12-31"), half));
	}

	static CalendarRules aroundTheClock() {
		Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek d : DayOfWeek.values()) {
			week.put(d, List.of(WorkingInterval.WHOLE_DAY));
		}
		return new CalendarRules(ZoneId.of("Europe/Berlin"), week, Set.of(), Set.of(), Map.of());
	}

}
