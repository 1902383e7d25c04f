package io.tierdesk.platform.ratelimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slows clients that send too much: every request takes one from its source address's
 * bucket, one with an API token also from that token's bucket, and a sign-in also from
 * the stricter sign-in bucket of its source. Runs before authentication, so made-up
 * tokens and password guesses are limited too (each made-up token gets its own bucket,
 * but they all drain their source's). A refused request gets 429 with
 * {@code Retry-After}: problem+json under {@code /api}, a short page for browsers.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final String[] UNLIMITED = { "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico",
			"/actuator/health" };

	private final RateLimitSettings settings;

	private final RateLimits sources;

	private final RateLimits tokens;

	private final RateLimits signIns;

	private final JsonMapper json;

	RateLimitFilter(RateLimitSettings settings, Clock clock, JsonMapper json) {
		this.settings = settings;
		this.sources = new RateLimits(settings.perSource(), settings.window(), clock);
		this.tokens = new RateLimits(settings.perToken(), settings.window(), clock);
		this.signIns = new RateLimits(settings.signInPerSource(), settings.window(), clock);
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		for (String unlimited : UNLIMITED) {
			if (path.startsWith(unlimited)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String source = request.getRemoteAddr();
		Optional<Duration> wait = sources.take(source);
		String limited = "Too many requests from this address";
		int limit = settings.perSource();
		String token = bearerToken(request);
		if (wait.isEmpty() && token != null) {
			wait = tokens.take(fingerprint(token));
			limited = "Too many requests with this API token";
			limit = settings.perToken();
		}
		if (wait.isEmpty() && isSignIn(request)) {
			wait = signIns.take(source);
			limited = "Too many sign-in attempts from this address";
			limit = settings.signInPerSource();
		}
		if (wait.isPresent()) {
			refuse(request, response, wait.get(),
					limited + ": at most " + limit + " in " + words(settings.window()) + ".");
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait, String why)
			throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		String detail = why + " Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(json.writeValueAsString(problem));
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"en\"><head><title>Too many requests · Tierdesk</title></head>"
						+ "<body><h1>Too many requests</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p></body></html>");
		}
	}

	private static boolean isSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/sign-in".equals(request.getRequestURI());
	}

	private static String bearerToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				? authorization.substring(7) : null;
	}

	/**
	 * Buckets are keyed by a digest: no API token is kept in memory longer than needed.
	 */
	private static String fingerprint(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private static String words(Duration window) {
		if (window.toSeconds() % 3600 == 0) {
			return window.toHours() == 1 ? "an hour" : window.toHours() + " hours";
		}
		if (window.toSeconds() % 60 == 0) {
			return window.toMinutes() == 1 ? "a minute" : window.toMinutes() + " minutes";
		}
		return window.toSeconds() + " seconds";
	}

}
