package io.tierdesk.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link AcceptedValues} to every request parameter (query, form and multipart
 * fields alike) and to the path, before Spring Security or any controller reads them.
 * <p>
 * Parameters are checked when they are read ({@link CheckedRequest}): a multipart body is
 * parsed only once the controller is chosen, so a too-large upload keeps its 413. A
 * refusal inside a controller is a {@link Problem} like any other (problem+json under
 * {@code /api}, the error page for pages); one raised in a filter, or a bad path, is
 * answered here through the error page, which {@link ApiErrorController} renders as
 * problem+json for the API.
 */
class CheckedRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		String pathRefusal = AcceptedValues.refusal(path);
		if (pathRefusal != null) {
			refuse(new CheckedRequest.Refused("path", pathRefusal), request, response);
			return;
		}
		try {
			chain.doFilter(new CheckedRequest(request), response);
		}
		catch (ServletException | RuntimeException ex) {
			CheckedRequest.Refused refused = refusedIn(ex);
			if (refused == null || response.isCommitted()) {
				throw ex;
			}
			refuse(refused, request, response);
		}
	}

	private static void refuse(CheckedRequest.Refused refused, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refused);
		response.sendError(refused.status().value());
	}

	private static CheckedRequest.@Nullable Refused refusedIn(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CheckedRequest.Refused refused) {
				return refused;
			}
		}
		return null;
	}

}
