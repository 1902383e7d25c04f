package io.tierdesk.platform;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every error to RFC 9457 problem+json, once for all modules: the {@link Problem}
 * types, validation failures (with {@code errors: [{field, message}]}), unreadable
 * bodies, and, last, anything unexpected, which is logged and answered without internals.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem problem) {
		return respond(problem.status(), problem.title(), problem.getMessage(), problem.errors());
	}

	/**
	 * Two edits of one version raced and the other committed first (JPA's exception when
	 * not translated by Spring).
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, jakarta.persistence.OptimisticLockException.class })
	ResponseEntity<ProblemDetail> concurrentChange(Exception ex) {
		return respond(HttpStatus.CONFLICT, "Changed by someone else",
				"Someone else changed this while you were editing it. Reload to see their change, then apply yours.",
				List.of());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Refused a write that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return respond(HttpStatus.CONFLICT, "Conflict", "The change conflicts with existing data.", List.of());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<Problem.FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return respond(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are not valid.", errors);
	}

	/**
	 * Spring Security's firewall checks headers and parameter names when they are read,
	 * which may be in a controller.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
		return respond(HttpStatus.BAD_REQUEST, "Invalid input",
				"A header or parameter name holds characters that are not allowed.", List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; nothing you sent was partly saved.", List.of());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problem.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new Problem.FieldError(e.getField(), String.valueOf(e.getDefaultMessage())))
			.toList();
		return asObject(respond(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are not valid.", errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problem.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> new Problem.FieldError(String.valueOf(r.getMethodParameter().getParameterName()),
						String.valueOf(e.getDefaultMessage()))))
			.toList();
		return asObject(respond(HttpStatus.BAD_REQUEST, "Invalid input", "Some parameters are not valid.", errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return asObject(respond(HttpStatus.BAD_REQUEST, "Unreadable request body", UnreadableBody.explain(ex),
				UnreadableBody.fieldErrors(ex)));
	}

	static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String title, String detail,
			List<Problem.FieldError> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		if (!errors.isEmpty()) {
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

}
