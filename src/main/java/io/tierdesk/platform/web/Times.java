package io.tierdesk.platform.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import io.tierdesk.platform.TierdeskProperties;
import io.tierdesk.platform.TimeZones;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way pages render a time ({@code ${@times.relative(t)}}, or the fragments in
 * {@code fragments/time.html}): in the viewer's zone, resolved once per request from
 * their profile, else the browser's zone (the {@code tz} cookie tierdesk.js sets), else
 * the desk's default ({@code tierdesk.time-zone}). Relative times count from the injected
 * clock.
 */
@Component("times")
public class Times {

	/**
	 * Set by tierdesk.js from {@code Intl.DateTimeFormat().resolvedOptions().timeZone}.
	 */
	public static final String BROWSER_ZONE_COOKIE = "tz";

	private static final String RESOLVED = Times.class.getName() + ".zone";

	private final Clock clock;

	private final ZoneId fallback;

	private final ObjectProvider<ProfileTimeZone> profiles;

	public Times(Clock clock, TierdeskProperties properties, ObjectProvider<ProfileTimeZone> profiles) {
		this.clock = clock;
		this.fallback = properties.timeZone();
		this.profiles = profiles;
	}

	/** The formats for the current viewer at the current time. */
	public TimeFormat viewer() {
		return new TimeFormat(zone(), clock.instant());
	}

	/** The zone this request's pages use. */
	public ZoneId zone() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return fallback;
		}
		Object resolved = request.getAttribute(RESOLVED, RequestAttributes.SCOPE_REQUEST);
		if (resolved instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = resolve();
		request.setAttribute(RESOLVED, zone, RequestAttributes.SCOPE_REQUEST);
		return zone;
	}

	/** The browser's zone, as its cookie says, if it names a known zone. */
	public Optional<ZoneId> browserZone() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				? browserZone(servlet.getRequest()) : Optional.empty();
	}

	/** The machine-readable instant, for {@code <time datetime>}: ISO-8601 in UTC. */
	public String iso(Instant at) {
		return at.toString();
	}

	public String absolute(Instant at) {
		return viewer().absolute(at);
	}

	public String relative(Instant at) {
		return viewer().relative(at);
	}

	/** The hover title: the absolute time with its zone. */
	public String title(Instant at) {
		return viewer().withZone(at);
	}

	public String clockTime(Instant at) {
		return viewer().clockTime(at);
	}

	/** A {@code datetime-local} field's value; empty for none. */
	public String localInput(@Nullable Instant at) {
		return at == null ? "" : viewer().localInput(at);
	}

	/** A {@code datetime-local} field's value read in the viewer's zone. */
	public @Nullable Instant fromLocalInput(@Nullable LocalDateTime typed) {
		return typed == null ? null : typed.atZone(zone()).toInstant();
	}

	/** "Asia/Tokyo": what the header says the pages use. */
	public String zoneId() {
		return zone().getId();
	}

	private ZoneId resolve() {
		Optional<ZoneId> chosen = profiles.stream().flatMap(p -> p.ofCurrentViewer().stream()).findFirst();
		return chosen.or(this::browserZone).orElse(fallback);
	}

	private static Optional<ZoneId> browserZone(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies == null ? Optional.empty()
				: Arrays.stream(cookies)
					.filter(cookie -> BROWSER_ZONE_COOKIE.equals(cookie.getName()))
					.findFirst()
					.flatMap(cookie -> TimeZones.known(decoded(cookie.getValue())));
	}

	/**
	 * The cookie carries the name URL-encoded ({@code Asia%2FTokyo}); junk is no zone.
	 */
	private static @Nullable String decoded(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
