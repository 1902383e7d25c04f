package io.tierdesk.sla.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of working time within one local day, as minutes since local midnight:
 * {@code [startMinute, endMinute)}. {@code 24:00} (minute 1440) is allowed as an end, so
 * a whole day is {@code 00:00–24:00}.
 */
public record WorkingInterval(int startMinute, int endMinute) implements Comparable<WorkingInterval> {

	public static final int MINUTES_PER_DAY = 1440;

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");

	public WorkingInterval {
		if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
			throw new IllegalArgumentException("not an interval within a day: " + startMinute + "–" + endMinute);
		}
	}

	public static final WorkingInterval WHOLE_DAY = new WorkingInterval(0, MINUTES_PER_DAY);

	/**
	 * Minutes since midnight of an {@code HH:mm} time ({@code 00:00} to {@code 24:00}),
	 * or -1 when the text is not one.
	 */
	public static int minuteOf(String time) {
		Matcher m = TIME.matcher(time);
		if (!m.matches()) {
			return -1;
		}
		int minute = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
		return minute <= MINUTES_PER_DAY ? minute : -1;
	}

	public static String timeOf(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}

	public int minutes() {
		return endMinute - startMinute;
	}

	public String start() {
		return timeOf(startMinute);
	}

	public String end() {
		return timeOf(endMinute);
	}

	@Override
	public int compareTo(WorkingInterval other) {
		return Integer.compare(startMinute, other.startMinute);
	}

	@Override
	public String toString() {
		return start() + "–" + end();
	}

}
