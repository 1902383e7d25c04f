package io.tierdesk.ticket;

import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.domain.Category;
import io.tierdesk.ticket.domain.CategoryRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin-managed category tree. */
@Service
@Transactional
public class Categories {

	private final CategoryRepository categories;

	Categories(CategoryRepository categories) {
		this.categories = categories;
	}

	/** The longest name of one category (not of its path). */
	public static final int NAME_MAX = 100;

	/** A name is one step of a path: no '/'. */
	public static final String NAME_PATTERN = "[^/]+";

	public record NewCategory(@NotBlank @Size(max = NAME_MAX) @Pattern(regexp = NAME_PATTERN,
			message = "must not contain '/'") String name, @Nullable Long parentId) {
	}

	public record CategoryView(long id, String name, @Nullable Long parentId, String path) {
	}

	public CategoryView create(NewCategory command, Caller by) {
		if (!by.is(Role.ADMIN)) {
			throw new Problem.Forbidden("Only an admin can change categories.");
		}
		Category parent = command.parentId() == null ? null : categories.findById(command.parentId())
			.orElseThrow(() -> new Problem.InvalidInput("parentId", "no such category"));
		Category category = new Category(command.name(), parent);
		if (categories.findByPathIgnoreCase(category.path()).isPresent()) {
			throw new Problem.Conflict("Category exists", "The category " + category.path() + " already exists.");
		}
		return view(categories.save(category));
	}

	@Transactional(readOnly = true)
	public List<CategoryView> all() {
		return categories.findAllByOrderByPath().stream().map(Categories::view).toList();
	}

	private static CategoryView view(Category c) {
		return new CategoryView(c.id(), c.name(), c.parentId(), c.path());
	}

}
