package io.tierdesk.platform.web;

import java.beans.PropertyEditorSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a page accepts (form fields, query and path parameters) is plain text: no
 * control characters but tab and line breaks. A NUL cannot be stored by PostgreSQL (the
 * insert failed and the page answered 500) and nobody types the others. Refused while
 * binding, so a form object shows it beside the field ({@link FormErrors}) and a loose
 * request parameter gets the readable 400 page ({@link PageErrors}); a form added later
 * is covered without anyone remembering it.
 */
@ControllerAdvice(annotations = PageController.class)
class PlainTextInput {

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PlainTextEditor());
	}

	/** The refusal, with the words shown beside the field. */
	static final class ControlCharacters extends IllegalArgumentException {

		static final String MESSAGE = "must not contain control characters";

		ControlCharacters() {
			super(MESSAGE);
		}

	}

	private static final class PlainTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (text != null && isRefused(text)) {
				throw new ControlCharacters();
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			return getValue() instanceof String text ? text : "";
		}

	}

	static boolean isRefused(String text) {
		return text.chars().anyMatch(PlainTextInput::isRefused);
	}

	private static boolean isRefused(int c) {
		return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
	}

}
