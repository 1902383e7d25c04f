package io.tierdesk.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A business calendar turned into arrays for its arithmetic: the ordinary week as second
 * offsets per weekday, every day that differs from it (holidays, yearly holidays for each
 * year of the range, special days) as a sorted list, and the zone's offset changes. It is
 * immutable and shared; a computation allocates nothing.
 *
 * <p>
 * A business second is a real second whose local wall-clock time, on its local date, lies
 * inside one of that date's working intervals. So when clocks spring forward the skipped
 * local times are no working time (an interval inside the gap has none that day), and
 * when they fall back a repeated local time inside an interval counts twice: business
 * minutes are real elapsed minutes. The walk goes through stretches of fixed offset in
 * the order of real time and, inside one, through local days; whole weeks and days that
 * end before the target are skipped by their precomputed totals.
 */
public final class CompiledCalendar {

	private static final int SECONDS_PER_DAY = 86_400;

	private static final int[] CLOSED = new int[0];

	private final ZoneTimeline timeline;

	/**
	 * Working intervals per weekday (Monday 0) as {@code [start, end, start, end…]}
	 * seconds.
	 */
	private final int[][] week;

	private final int[] weekdaySeconds;

	private final long weekSeconds;

	/** Epoch days that differ from their weekday, ascending, with their own intervals. */
	private final long[] exceptionDays;

	private final int[][] exceptionIntervals;

	private final int[] exceptionSeconds;

	private CompiledCalendar(ZoneTimeline timeline, int[][] week, long[] exceptionDays, int[][] exceptionIntervals) {
		this.timeline = timeline;
		this.week = week;
		this.weekdaySeconds = new int[7];
		long total = 0;
		for (int d = 0; d < 7; d++) {
			weekdaySeconds[d] = total(week[d]);
			total += weekdaySeconds[d];
		}
		this.weekSeconds = total;
		this.exceptionDays = exceptionDays;
		this.exceptionIntervals = exceptionIntervals;
		this.exceptionSeconds = new int[exceptionIntervals.length];
		for (int i = 0; i < exceptionIntervals.length; i++) {
			exceptionSeconds[i] = total(exceptionIntervals[i]);
		}
	}

	public static CompiledCalendar of(CalendarRules rules) {
		int[][] week = new int[7][];
		for (DayOfWeek day : DayOfWeek.values()) {
			week[day.ordinal()] = seconds(rules.hoursOn(day));
		}
		TreeMap<Long, int[]> exceptions = new TreeMap<>();
		for (int year = SupportedRange.FIRST_YEAR - 1; year <= SupportedRange.END_YEAR; year++) {
			for (MonthDay yearly : rules.yearlyHolidays()) {
				if (yearly.isValidYear(year)) {
					exceptions.put(yearly.atYear(year).toEpochDay(), CLOSED);
				}
			}
		}
		rules.holidays().forEach(day -> exceptions.put(day.toEpochDay(), CLOSED));
		for (Map.Entry<LocalDate, List<WorkingInterval>> special : rules.specialDays().entrySet()) {
			exceptions.put(special.getKey().toEpochDay(), seconds(special.getValue()));
		}
		return new CompiledCalendar(ZoneTimeline.of(rules.zone()), week,
				exceptions.keySet().stream().mapToLong(Long::longValue).toArray(),
				exceptions.values().toArray(int[][]::new));
	}

	/** Working seconds in an ordinary week (no holiday, no special day). */
	public long weekSeconds() {
		return weekSeconds;
	}

	/**
	 * The instant at which {@code seconds} business seconds after {@code start} have
	 * passed; {@code start} itself for zero.
	 * @throws BeyondRange when that lies past the supported range
	 */
	public long due(long start, long seconds) {
		if (seconds <= 0) {
			return start;
		}
		long remaining = seconds;
		long from = start;
		for (int segment = timeline.segmentOf(start);; segment++) {
			int offset = timeline.offsetOf(segment);
			long localFrom = from + offset;
			long localTo = timeline.endOf(segment) + offset;
			int exception = firstExceptionFrom(Math.floorDiv(localFrom, SECONDS_PER_DAY));
			for (long day = Math.floorDiv(localFrom, SECONDS_PER_DAY); day * SECONDS_PER_DAY < localTo;) {
				while (exception < exceptionDays.length && exceptionDays[exception] < day) {
					exception++;
				}
				long dayStart = day * SECONDS_PER_DAY;
				boolean whole = dayStart >= localFrom;
				if (whole && remaining > weekSeconds && dayStart + 7L * SECONDS_PER_DAY <= localTo
						&& noExceptionBefore(exception, day + 7)) {
					remaining -= weekSeconds;
					day += 7;
					continue;
				}
				int[] intervals = intervalsOn(day, exception);
				int daySeconds = secondsOn(day, exception);
				if (whole && remaining > daySeconds && dayStart + SECONDS_PER_DAY <= localTo) {
					remaining -= daySeconds;
					day++;
					continue;
				}
				for (int i = 0; i < intervals.length; i += 2) {
					long lo = Math.max(dayStart + intervals[i], localFrom);
					long hi = Math.min(dayStart + intervals[i + 1], localTo);
					if (hi > lo) {
						if (remaining <= hi - lo) {
							return lo + remaining - offset;
						}
						remaining -= hi - lo;
					}
				}
				day++;
			}
			if (timeline.isLast(segment)) {
				throw new BeyondRange();
			}
			from = timeline.endOf(segment);
		}
	}

	/**
	 * Business seconds in {@code [from, to)}; zero when {@code to} is not after
	 * {@code from}.
	 */
	public long businessSeconds(long from, long to) {
		long total = 0;
		if (to <= from) {
			return 0;
		}
		for (int segment = timeline.segmentOf(from); from < to; segment++) {
			int offset = timeline.offsetOf(segment);
			long localFrom = from + offset;
			long localTo = Math.min(timeline.endOf(segment), to) + offset;
			int exception = firstExceptionFrom(Math.floorDiv(localFrom, SECONDS_PER_DAY));
			for (long day = Math.floorDiv(localFrom, SECONDS_PER_DAY); day * SECONDS_PER_DAY < localTo;) {
				while (exception < exceptionDays.length && exceptionDays[exception] < day) {
					exception++;
				}
				long dayStart = day * SECONDS_PER_DAY;
				boolean whole = dayStart >= localFrom;
				if (whole && dayStart + 7L * SECONDS_PER_DAY <= localTo && noExceptionBefore(exception, day + 7)) {
					total += weekSeconds;
					day += 7;
					continue;
				}
				if (whole && dayStart + SECONDS_PER_DAY <= localTo) {
					total += secondsOn(day, exception);
					day++;
					continue;
				}
				int[] intervals = intervalsOn(day, exception);
				for (int i = 0; i < intervals.length; i += 2) {
					long lo = Math.max(dayStart + intervals[i], localFrom);
					long hi = Math.min(dayStart + intervals[i + 1], localTo);
					total += Math.max(0, hi - lo);
				}
				day++;
			}
			from = Math.min(timeline.endOf(segment), to);
		}
		return total;
	}

	private int firstExceptionFrom(long day) {
		int found = Arrays.binarySearch(exceptionDays, day);
		return found >= 0 ? found : -found - 1;
	}

	private boolean noExceptionBefore(int exception, long day) {
		return exception >= exceptionDays.length || exceptionDays[exception] >= day;
	}

	private int[] intervalsOn(long day, int exception) {
		return exception < exceptionDays.length && exceptionDays[exception] == day ? exceptionIntervals[exception]
				: week[weekday(day)];
	}

	private int secondsOn(long day, int exception) {
		return exception < exceptionDays.length && exceptionDays[exception] == day ? exceptionSeconds[exception]
				: weekdaySeconds[weekday(day)];
	}

	/** Monday 0 … Sunday 6; epoch day 0 (1970-01-01) was a Thursday. */
	private static int weekday(long epochDay) {
		return (int) Math.floorMod(epochDay + 3, 7);
	}

	private static int[] seconds(List<WorkingInterval> unsorted) {
		List<WorkingInterval> intervals = unsorted.stream().sorted().toList();
		int[] seconds = new int[intervals.size() * 2];
		for (int i = 0; i < intervals.size(); i++) {
			seconds[2 * i] = intervals.get(i).startMinute() * 60;
			seconds[2 * i + 1] = intervals.get(i).endMinute() * 60;
		}
		return seconds;
	}

	private static int total(int[] intervals) {
		int total = 0;
		for (int i = 0; i < intervals.length; i += 2) {
			total += intervals[i + 1] - intervals[i];
		}
		return total;
	}

	/** The answer lies past the end of the supported range (the year 2400). */
	public static final class BeyondRange extends RuntimeException {

		BeyondRange() {
			super("no such business time before " + SupportedRange.END_YEAR + " on this calendar");
		}

	}

}
