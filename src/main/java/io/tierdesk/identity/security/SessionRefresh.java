package io.tierdesk.identity.security;

import java.io.IOException;
import java.util.Optional;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Judges every request of a browser session by the user as the database has them now, not
 * as they signed in: a changed role replaces the session's authority before any access
 * rule is checked, and a deactivated (or deleted) user's session is ended. One read by
 * primary key per request, on any node (docs/decisions.md, "Sign-in").
 */
class SessionRefresh extends OncePerRequestFilter {

	/** Files that need no caller: not worth a database read. */
	private static final String[] STATIC_FILES = { "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico" };

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final Directory directory;

	/**
	 * Where the form sign-in keeps the context: the session, and the request (read again
	 * by an error page's dispatch).
	 */
	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	SessionRefresh(Directory directory) {
		this.directory = directory;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String pattern : STATIC_FILES) {
			if (PATHS.match(pattern, path)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SessionCallers.sessionUser().ifPresent(user -> refresh(user, request, response));
		chain.doFilter(request, response);
	}

	private void refresh(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		Optional<Caller> now = directory.caller(user.caller().id());
		if (now.isEmpty()) {
			end(request);
			replace(SecurityContextHolder.createEmptyContext(), request, response);
		}
		else if (!now.get().equals(user.caller())) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(SignedInUser.authenticated(now.get()));
			replace(context, request, response);
		}
	}

	private void replace(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
