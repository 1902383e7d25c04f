package io.tierdesk.platform;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A body sent as multipart/form-data is parsed before any controller is chosen, so
 * {@link ProblemHandling} (scoped to REST controllers) never sees a body that cannot be
 * parsed, and Spring leaves it a 500. It is the client's fault: for the API a 400. Too
 * large a body stays with Spring's 413; pages keep their own error handling.
 */
@RestControllerAdvice
class MultipartProblems {

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unparsable(MultipartException ex, HttpServletRequest request)
			throws MultipartException {
		if (ex instanceof MaxUploadSizeExceededException || !request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		return ProblemHandling.respond(HttpStatus.BAD_REQUEST, "Unreadable request body",
				"The multipart/form-data body cannot be parsed (missing or wrong boundary, or cut short).", List.of());
	}

}
