package io.tierdesk.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Errors raised before a controller is chosen (a path nothing maps, a method or content
 * type no mapping takes, a multipart body over the limit, a request a filter refused, a
 * parameter {@link CheckedRequestFilter} refused) go to the container's error page and
 * never reach {@link ProblemHandling}. For {@code /api/} requests this page answers them
 * as problem+json like every other API error; everything else keeps Boot's error views.
 */
@Controller
class ApiErrorController extends BasicErrorController {

	private final ErrorAttributes errorAttributes;

	ApiErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> viewResolvers) {
		super(errorAttributes, web.getError(), viewResolvers.orderedStream().toList());
		this.errorAttributes = errorAttributes;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!(path instanceof String uri) || !uri.startsWith("/api/")) {
			return super.error(request);
		}
		HttpStatus status = getStatus(request);
		ProblemDetail problem = problemOf(request, status);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", problem.getTitle() != null ? problem.getTitle() : status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", problem.getDetail() != null ? problem.getDetail() : status.getReasonPhrase() + ".");
		body.put("instance", uri);
		if (problem.getProperties() != null && problem.getProperties().containsKey("errors")) {
			body.put("errors", problem.getProperties().get("errors"));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/**
	 * Spring's own exceptions describe themselves (which methods or types are accepted),
	 * and so does a {@link Problem} a filter refused the request with; others get the
	 * status.
	 */
	private ProblemDetail problemOf(HttpServletRequest request, HttpStatus status) {
		Throwable error = errorAttributes.getError(new ServletWebRequest(request));
		if (error instanceof ErrorResponse response && response.getStatusCode().value() == status.value()) {
			return response.getBody();
		}
		if (error instanceof Problem problem && problem.status() == status) {
			ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, problem.getMessage());
			detail.setTitle(problem.title());
			if (!problem.errors().isEmpty()) {
				detail.setProperty("errors", problem.errors());
			}
			return detail;
		}
		return ProblemDetail.forStatus(status);
	}

}
