package io.tierdesk.identity.security;

import io.tierdesk.identity.SignInBanners;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Where the sign-in banner must be accepted, a browser user who has not accepted its
 * current version goes to the acceptance page before anything else. Checked on every
 * request (two small reads), so a new banner version applies to sessions already open.
 */
class BannerGate implements HandlerInterceptor {

	static final String ACCEPT_PAGE = "/banner/accept";

	/**
	 * What a user must reach before accepting: the notice itself, signing out, and the
	 * files the page needs.
	 */
	static final String[] OPEN_PATHS = { ACCEPT_PAGE, "/sign-in", "/sign-out", "/css/**", "/js/**", "/img/**",
			"/webjars/**", "/error", "/api/**", "/actuator/**", "/favicon.ico" };

	private final SignInBanners banners;

	BannerGate(SignInBanners banners) {
		this.banners = banners;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var userId = SessionCallers.sessionUserId();
		if (userId.isEmpty() || !banners.mustAccept(userId.get())) {
			return true;
		}
		response.sendRedirect(request.getContextPath() + ACCEPT_PAGE);
		return false;
	}

}
