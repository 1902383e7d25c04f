package io.tierdesk.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The time zones a person may choose: the IANA region names Java knows, the common ones
 * first. Shared by the profile API, the account form and the browser's {@code tz} cookie,
 * so all three accept and refuse the same names.
 */
public final class TimeZones {

	/** Longer than any IANA name (the longest is 32 characters). */
	public static final int NAME_MAX = 64;

	/**
	 * Where most desks' people are, west to east; the list on "My account" starts with
	 * them.
	 */
	public static final List<String> COMMON = List.of("UTC", "America/Los_Angeles", "America/Denver", "America/Chicago",
			"America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Europe/Paris",
			"Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo",
			"Australia/Sydney", "Pacific/Auckland");

	/**
	 * Region names only: Java also knows legacy aliases (EST5EDT, SystemV/…) that nobody
	 * picks from a list, though they are still accepted when sent.
	 */
	private static final Pattern REGION = Pattern
		.compile("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/+-]+");

	private static final List<String> REGIONS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> REGION.matcher(id).matches())
		.sorted()
		.toList();

	private TimeZones() {
	}

	/**
	 * The zone of that IANA name, or empty for anything else: unknown names, offsets
	 * ({@code +02:00}), blanks and junk.
	 */
	public static Optional<ZoneId> known(@Nullable String name) {
		if (name == null || name.length() > NAME_MAX || !ZoneId.getAvailableZoneIds().contains(name)) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(name));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** Every region name, alphabetically (the common ones are in {@link #COMMON}). */
	public static List<String> regions() {
		return REGIONS;
	}

}
