package io.tierdesk.identity;

import java.time.ZoneId;
import java.util.Optional;

import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.TimeZones;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone each person reads times in: a profile setting they change themselves, by page
 * or API. None chosen means their browser's zone, else the desk's default.
 */
@Service
@Transactional
public class TimeZonePreferences {

	static final String UNKNOWN = "is not a time zone; use an IANA name such as Europe/Berlin, or leave it empty "
			+ "to follow your browser";

	private final UserRepository users;

	TimeZonePreferences(UserRepository users) {
		this.users = users;
	}

	/**
	 * The API's and the account form's choice: an IANA name, or null or empty for "use my
	 * browser's time zone".
	 */
	public record TimeZoneChoice(@Nullable @Size(max = TimeZones.NAME_MAX) String timeZone) {
	}

	@Transactional(readOnly = true)
	public Optional<ZoneId> of(long userId) {
		return users.findTimeZone(userId).flatMap(TimeZones::known);
	}

	/**
	 * The zone now in use for the caller's pages by their choice; empty: the browser's.
	 */
	public Optional<ZoneId> choose(TimeZoneChoice choice, Caller by) {
		String name = choice.timeZone() == null ? "" : choice.timeZone().strip();
		ZoneId zone = name.isEmpty() ? null
				: TimeZones.known(name).orElseThrow(() -> new Problem.InvalidInput("timeZone", UNKNOWN));
		UserAccount user = users.findById(by.id()).orElseThrow(() -> new Problem.NotFound("User " + by.id()));
		user.chooseTimeZone(zone);
		return Optional.ofNullable(zone);
	}

}
