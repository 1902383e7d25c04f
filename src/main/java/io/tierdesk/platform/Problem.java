package io.tierdesk.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The one base of every error a module throws on purpose. Each subtype is a business fact
 * ("stale version", "illegal transition") and carries the HTTP status it maps to, so the
 * mapping to problem+json happens in one place.
 */
public abstract class Problem extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	protected Problem(HttpStatus status, String title, String detail) {
		super(detail);
		this.status = status;
		this.title = title;
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	/** Field-level errors, when the problem is about specific input fields. */
	public List<FieldError> errors() {
		return List.of();
	}

	public record FieldError(String field, String message) {
	}

	/**
	 * 404: the resource does not exist or the caller may not see it; the two are never
	 * told apart.
	 */
	public static class NotFound extends Problem {

		public NotFound(String what) {
			super(HttpStatus.NOT_FOUND, "Not found", what + " was not found.");
		}

	}

	/**
	 * 409: the request conflicts with the current state (stale version, illegal state
	 * change, duplicate).
	 */
	public static class Conflict extends Problem {

		public Conflict(String title, String detail) {
			super(HttpStatus.CONFLICT, title, detail);
		}

	}

	/** 401: no caller, or one whose account is no longer active. */
	public static class Unauthorized extends Problem {

		public Unauthorized(String detail) {
			super(HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
		}

	}

	/**
	 * 422: the request is well formed but contradicts what it refers to (an idempotency
	 * key first used for another request).
	 */
	public static class Unprocessable extends Problem {

		public Unprocessable(String title, String detail) {
			super(HttpStatus.UNPROCESSABLE_CONTENT, title, detail);
		}

	}

	/** 403: the caller is known but not allowed to do this. */
	public static class Forbidden extends Problem {

		public Forbidden(String detail) {
			super(HttpStatus.FORBIDDEN, "Forbidden", detail);
		}

	}

	/** 400: bad input, with the fields at fault. */
	public static class InvalidInput extends Problem {

		private final List<FieldError> errors;

		public InvalidInput(String field, String message) {
			this(List.of(new FieldError(field, message)));
		}

		public InvalidInput(List<FieldError> errors) {
			super(HttpStatus.BAD_REQUEST, "Invalid input",
					errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
			this.errors = List.copyOf(errors);
		}

		@Override
		public List<FieldError> errors() {
			return errors;
		}

	}

	/** 413: the payload (an attachment) is larger than allowed. */
	public static class TooLarge extends Problem {

		public TooLarge(String detail) {
			super(HttpStatus.CONTENT_TOO_LARGE, "Too large", detail);
		}

	}

	/** 415: a file or body type that is not accepted. */
	public static class UnsupportedType extends Problem {

		public UnsupportedType(String detail) {
			super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported type", detail);
		}

	}

}
