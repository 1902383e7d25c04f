package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Which names a person may choose or a browser may send as their time zone. */
class TimeZonesTests {

	@Test
	void acceptsIanaNamesOnly() {
		assertThat(TimeZones.known("Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
		assertThat(TimeZones.known("UTC")).contains(ZoneId.of("UTC"));
		assertThat(TimeZones.known("Mars/Olympus_Mons")).isEmpty();
		assertThat(TimeZones.known("+02:00")).isEmpty();
		assertThat(TimeZones.known("europe/berlin")).isEmpty();
		assertThat(TimeZones.known("")).isEmpty();
		assertThat(TimeZones.known(null)).isEmpty();
		assertThat(TimeZones.known("<script>alert(1)</script>")).isEmpty();
		assertThat(TimeZones.known("Europe/Berlin".repeat(10))).isEmpty();
	}

	@Test
	void everyZoneOfferedIsOneThatIsAccepted() {
		assertThat(TimeZones.COMMON).allSatisfy(name -> assertThat(TimeZones.known(name)).isPresent());
		assertThat(TimeZones.regions()).contains("America/Adak", "Pacific/Kiritimati", "Asia/Tokyo")
			.doesNotContain("EST5EDT", "SystemV/AST4")
			.isSorted()
			.allSatisfy(name -> assertThat(TimeZones.known(name)).isPresent());
	}

}
