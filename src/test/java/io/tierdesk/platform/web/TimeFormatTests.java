package io.tierdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * How times read to a viewer: relative while people scan lists ("5 min ago", "in 3 h",
 * "yesterday 14:02"), absolute with the zone on hover, always in the viewer's zone.
 */
class TimeFormatTests {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final TimeFormat utc = new TimeFormat(UTC, NOW);

	@Test
	void underAMinuteEitherWayIsJustNow() {
		assertThat(utc.relative(NOW)).isEqualTo("just now");
		assertThat(utc.relative(NOW.minusSeconds(59))).isEqualTo("just now");
		assertThat(utc.relative(NOW.plusSeconds(59))).isEqualTo("just now");
	}

	@Test
	void underAnHourCountsWholeMinutesAgoOrAhead() {
		assertThat(utc.relative(NOW.minus(Duration.ofMinutes(5)).minusSeconds(30))).isEqualTo("5 min ago");
		assertThat(utc.relative(NOW.plus(Duration.ofMinutes(25)))).isEqualTo("in 25 min");
		assertThat(utc.relative(NOW.minus(Duration.ofMinutes(59)))).isEqualTo("59 min ago");
	}

	@Test
	void laterTheSameDayCountsWholeHours() {
		assertThat(utc.relative(NOW.minus(Duration.ofMinutes(3 * 60 + 59)))).isEqualTo("3 h ago");
		assertThat(utc.relative(NOW.plus(Duration.ofHours(3)))).isEqualTo("in 3 h");
		assertThat(utc.relative(NOW.minus(Duration.ofHours(9)))).isEqualTo("9 h ago");
	}

	@Test
	void theDayBeforeAndAfterReadAsYesterdayAndTomorrowWithTheClockTime() {
		assertThat(utc.relative(Instant.parse("2026-11-23T14:02:00Z"))).isEqualTo("yesterday 14:02");
		assertThat(utc.relative(Instant.parse("2026-11-23T00:00:00Z"))).isEqualTo("yesterday 00:00");
		assertThat(utc.relative(Instant.parse("2026-11-25T09:00:00Z"))).isEqualTo("tomorrow 09:00");
	}

	@Test
	void furtherAwayReadsAsTheDateWithTheYearOnlyWhenItDiffers() {
		assertThat(utc.relative(Instant.parse("2026-11-20T14:02:00Z"))).isEqualTo("20 Nov, 14:02");
		assertThat(utc.relative(Instant.parse("2026-12-03T08:15:00Z"))).isEqualTo("3 Dec, 08:15");
		assertThat(utc.relative(Instant.parse("2025-11-24T09:00:00Z"))).isEqualTo("24 Nov 2025");
	}

	@Test
	void dayBoundariesAreTheViewersMidnightNotUtcs() {
		Instant halfPastElevenUtc = Instant.parse("2026-11-23T23:30:00Z");

		assertThat(utc.relative(halfPastElevenUtc)).isEqualTo("yesterday 23:30");
		// 00:30 the same day in Berlin, 9.5 hours before its 10:00.
		assertThat(new TimeFormat(BERLIN, NOW).relative(halfPastElevenUtc)).isEqualTo("9 h ago");
	}

	@Test
	void theDstDayInBerlinCountsRealHoursAndNamesTheZoneInUseAtEachTime() {
		// 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC; the day has 23 hours.
		TimeFormat berlin = new TimeFormat(BERLIN, Instant.parse("2026-03-29T10:00:00Z"));
		Instant beforeTheJump = Instant.parse("2026-03-29T00:30:00Z");
		Instant afterTheJump = Instant.parse("2026-03-29T01:30:00Z");

		// 01:30 to 12:00 is 10.5 hours on the wall clock, but 9.5 went by.
		assertThat(berlin.relative(beforeTheJump)).isEqualTo("9 h ago");
		assertThat(berlin.withZone(beforeTheJump)).isEqualTo("Sun 29 Mar 2026, 01:30 CET (Europe/Berlin)");
		assertThat(berlin.withZone(afterTheJump)).isEqualTo("Sun 29 Mar 2026, 03:30 CEST (Europe/Berlin)");
		assertThat(berlin.relative(Instant.parse("2026-03-28T22:59:00Z"))).isEqualTo("yesterday 23:59");
	}

	@Test
	void zonesADayApartShowTheSameInstantOnDifferentDates() {
		TimeFormat kiritimati = new TimeFormat(ZoneId.of("Pacific/Kiritimati"), NOW);
		TimeFormat adak = new TimeFormat(ZoneId.of("America/Adak"), NOW);
		Instant thirteenHoursAgo = Instant.parse("2026-11-23T20:00:00Z");
		Instant inThreeHours = Instant.parse("2026-11-24T12:00:00Z");

		assertThat(kiritimati.absolute(thirteenHoursAgo)).isEqualTo("Tue 24 Nov 2026, 10:00");
		assertThat(adak.absolute(thirteenHoursAgo)).isEqualTo("Mon 23 Nov 2026, 10:00");
		assertThat(kiritimati.relative(thirteenHoursAgo)).isEqualTo("13 h ago");
		assertThat(adak.relative(thirteenHoursAgo)).isEqualTo("13 h ago");
		// 23:00 now in both; three hours on is tomorrow there and still today in UTC.
		assertThat(kiritimati.relative(inThreeHours)).isEqualTo("tomorrow 02:00");
		assertThat(adak.relative(inThreeHours)).isEqualTo("tomorrow 02:00");
		assertThat(utc.relative(inThreeHours)).isEqualTo("in 3 h");
		assertThat(kiritimati.relative(Instant.parse("2026-11-23T09:30:00Z"))).isEqualTo("yesterday 23:30");
	}

	@Test
	void theHoverTitleNamesTheZoneOnceWhenItsNameIsItsAbbreviation() {
		assertThat(utc.withZone(NOW)).isEqualTo("Tue 24 Nov 2026, 09:00 UTC");
		assertThat(new TimeFormat(ZoneId.of("Asia/Tokyo"), NOW).withZone(NOW))
			.isEqualTo("Tue 24 Nov 2026, 18:00 JST (Asia/Tokyo)");
		assertThat(new TimeFormat(ZoneId.of("America/New_York"), NOW).clockTime(NOW)).isEqualTo("04:00 EST");
	}

	@Test
	void aDatetimeLocalFieldShowsTheViewersWallClock() {
		assertThat(new TimeFormat(BERLIN, NOW).localInput(NOW)).isEqualTo("2026-11-24T10:00");
	}

}
