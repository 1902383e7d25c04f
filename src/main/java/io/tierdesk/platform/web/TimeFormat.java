package io.tierdesk.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How a time reads to one viewer, in their zone: absolute (Tue 24 Nov 2026, 18:00) or
 * relative to now (5 min ago; in 3 h; yesterday 14:02), and with the zone spelled out for
 * the hover title. Minutes and hours count real elapsed time (a DST night has 23 or 25 of
 * them); yesterday and tomorrow are the viewer's calendar days.
 */
public record TimeFormat(ZoneId zone, Instant now) {

	private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

	/** Date and time in the viewer's zone, such as Tue 24 Nov 2026, 18:00. */
	public String absolute(Instant at) {
		return ABSOLUTE.format(at.atZone(zone));
	}

	/**
	 * What the hover title says: the date and time with the zone, such as Tue 24 Nov
	 * 2026, 18:00 JST (Asia/Tokyo).
	 */
	public String withZone(Instant at) {
		return absolute(at) + " " + zoneAt(at);
	}

	/** "18:00 JST": a time of today, such as when a pause ends. */
	public String clockTime(Instant at) {
		return CLOCK.format(at.atZone(zone)) + " " + abbreviation(at);
	}

	/** The value of a {@code datetime-local} field showing that time. */
	public String localInput(Instant at) {
		return LOCAL_INPUT.format(at.atZone(zone));
	}

	/** "JST (Asia/Tokyo)", or just "UTC" when the name says it all. */
	public String zoneAt(Instant at) {
		String abbreviation = abbreviation(at);
		return abbreviation.equals(zone.getId()) ? abbreviation : abbreviation + " (" + zone.getId() + ")";
	}

	/**
	 * Just now; 5 min ago; 3 h ago; yesterday 14:02; then the date. The future the same
	 * way: in 25 min; in 3 h; tomorrow 09:00.
	 */
	public String relative(Instant at) {
		Duration distance = Duration.between(at, now);
		boolean past = !distance.isNegative();
		long minutes = distance.abs().toMinutes();
		if (minutes < 1) {
			return "just now";
		}
		if (minutes < 60) {
			return past ? minutes + " min ago" : "in " + minutes + " min";
		}
		ZonedDateTime local = at.atZone(zone);
		long days = ChronoUnit.DAYS.between(today(), local.toLocalDate());
		if (days == 0) {
			long hours = minutes / 60;
			return past ? hours + " h ago" : "in " + hours + " h";
		}
		if (days == -1 || days == 1) {
			return (days < 0 ? "yesterday " : "tomorrow ") + CLOCK.format(local);
		}
		return (local.getYear() == today().getYear() ? THIS_YEAR : OTHER_YEAR).format(local);
	}

	private LocalDate today() {
		return now.atZone(zone).toLocalDate();
	}

	/**
	 * The short name in use at that instant (CET in winter, CEST in summer); zones
	 * without one read as their offset ("GMT+14:00").
	 */
	private String abbreviation(Instant at) {
		return DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(at.atZone(zone));
	}

}
