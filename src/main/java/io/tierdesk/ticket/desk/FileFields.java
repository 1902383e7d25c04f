package io.tierdesk.ticket.desk;

import java.util.Map;

import io.tierdesk.platform.Problem;
import io.tierdesk.platform.web.FormErrors;
import io.tierdesk.ticket.attachment.FileLimit;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The file fields of the desk's forms (new ticket, reply, log a call): every page of this
 * package knows the limit it prints beside them, and a file refused for its size or type
 * is said beside the file field, not at the top of the form.
 */
@ControllerAdvice(basePackageClasses = FileFields.class)
class FileFields {

	static final String FIELD = "files";

	private final FileLimit limit;

	FileFields(FileLimit limit) {
		this.limit = limit;
	}

	@ModelAttribute("fileLimit")
	FileLimit fileLimit() {
		return limit;
	}

	/** What was wrong, by field, for a form that carried files. */
	static Map<String, String> errorsOf(Problem problem) {
		if (problem instanceof Problem.TooLarge || problem instanceof Problem.UnsupportedType) {
			return Map.of(FIELD, problem.getMessage());
		}
		return FormErrors.of(problem);
	}

}
