package io.tierdesk.identity.security;

import java.time.ZoneId;
import java.util.Optional;

import io.tierdesk.identity.TimeZonePreferences;
import io.tierdesk.platform.web.ProfileTimeZone;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's chosen zone, for the pages platform renders times on (read once
 * per request by {@link io.tierdesk.platform.web.Times}).
 */
@Component
class CallerTimeZone implements ProfileTimeZone {

	private final TimeZonePreferences preferences;

	CallerTimeZone(TimeZonePreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public Optional<ZoneId> ofCurrentViewer() {
		return SessionCallers.current().flatMap(caller -> preferences.of(caller.id()));
	}

}
