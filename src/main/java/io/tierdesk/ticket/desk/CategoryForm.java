package io.tierdesk.ticket.desk;

import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.Categories.NewCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The admin page's "new category" form, with the API's {@link NewCategory} rules; the
 * name is checked as it will be saved, without surrounding spaces.
 */
record CategoryForm(
		@NotBlank(message = "give the category a name") @Size(max = Categories.NAME_MAX) @Pattern(
				regexp = Categories.NAME_PATTERN, message = "must not contain '/'") String name,
		@Nullable Long parentId) {

	CategoryForm {
		name = name == null ? "" : name.strip();
	}

	static CategoryForm blank() {
		return new CategoryForm("", null);
	}

	NewCategory command() {
		return new NewCategory(name, parentId);
	}

}
