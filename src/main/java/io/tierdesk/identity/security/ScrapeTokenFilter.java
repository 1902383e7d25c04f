package io.tierdesk.identity.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Prometheus in with the configured scrape token (compared in constant time), as the
 * role METRICS that opens nothing but the metrics. Any other bearer goes on to the API
 * token check.
 */
class ScrapeTokenFilter extends OncePerRequestFilter {

	static final String ROLE = "METRICS";

	private final byte @Nullable [] scrapeToken;

	ScrapeTokenFilter(@Nullable String scrapeToken) {
		this.scrapeToken = scrapeToken == null || scrapeToken.isBlank() ? null
				: scrapeToken.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (scrapeToken != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
				&& MessageDigest.isEqual(scrapeToken, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("prometheus", null,
						List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
		}
		chain.doFilter(request, response);
	}

}
