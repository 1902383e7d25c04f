package io.tierdesk.identity.security;

import java.io.IOException;
import java.util.List;

import io.tierdesk.identity.ApiTokens;
import io.tierdesk.identity.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} by the token's digest. A bad or
 * revoked token leaves the request unauthenticated, so the entry point answers 401 with a
 * problem.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String secret = header.substring(BEARER.length()).strip();
			if (!secret.isEmpty() && secret.length() <= 200) {
				tokens.authenticate(secret).ifPresent(BearerTokenFilter::signIn);
			}
		}
		chain.doFilter(request, response);
	}

	private static void signIn(Caller caller) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(caller, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
