package io.tierdesk.platform.web;

import io.tierdesk.platform.Problem;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors of {@link PageController}s as a page a person can read: what went wrong in words
 * and a way back, never a stack trace. A ticket the caller may not see is the same 404 as
 * one that does not exist.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler(Problem.class)
	String problem(Problem problem, Model model, HttpServletResponse response) {
		return render(problem.status(), problem.title(), problem.getMessage(), model, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		return render(HttpStatus.CONTENT_TOO_LARGE, "File too large",
				"A file you attached is larger than this desk accepts. Go back and attach a smaller one.", model,
				response);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, jakarta.persistence.OptimisticLockException.class })
	String concurrentChange(Model model, HttpServletResponse response) {
		return render(HttpStatus.CONFLICT, "Changed by someone else",
				"Someone else changed this while you were working on it. Go back, reload and try again.", model,
				response);
	}

	/**
	 * What a hand-edited URL or a tampered form sends: a missing or malformed parameter.
	 */
	@ExceptionHandler({ ServletRequestBindingException.class, TypeMismatchException.class, BindException.class,
			HandlerMethodValidationException.class, RequestRejectedException.class })
	String badRequest(Model model, HttpServletResponse response) {
		return render(HttpStatus.BAD_REQUEST, "That request was not valid",
				"Some of what was sent is missing or not valid. Go back and check the form.", model, response);
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Model model, HttpServletResponse response) {
		log.error("Unexpected error on a page", ex);
		return render(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"Something went wrong on our side; nothing you sent was partly saved. Try again in a moment.", model,
				response);
	}

	private static String render(HttpStatus status, String title, String detail, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("title", title);
		model.addAttribute("detail", detail);
		return "page-error";
	}

}
