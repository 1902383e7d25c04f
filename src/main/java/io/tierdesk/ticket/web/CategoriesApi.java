package io.tierdesk.ticket.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.identity.Caller;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.Categories.CategoryView;
import io.tierdesk.ticket.Categories.NewCategory;
import io.tierdesk.ticket.PriorityMatrixSettings;
import io.tierdesk.ticket.PriorityMatrixSettings.Matrix;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Settings", description = "Categories and the priority matrix")
class CategoriesApi {

	private final Categories categories;

	private final PriorityMatrixSettings matrix;

	CategoriesApi(Categories categories, PriorityMatrixSettings matrix) {
		this.categories = categories;
		this.matrix = matrix;
	}

	@GetMapping("/categories")
	@Operation(operationId = "listCategories", summary = "The category tree, as paths")
	List<CategoryView> categories(Caller caller) {
		return categories.all();
	}

	@PostMapping("/categories")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createCategory", summary = "Add a category under a parent, or at the top (admin)")
	ResponseEntity<CategoryView> create(@Valid @RequestBody NewCategory command, Caller caller) {
		CategoryView created = categories.create(command, caller);
		return ResponseEntity.created(URI.create("/api/v1/categories/" + created.id())).body(created);
	}

	@GetMapping("/priority-matrix")
	@Operation(summary = "Impact × urgency → priority")
	Matrix matrix(Caller caller) {
		return matrix.current();
	}

	@PutMapping("/priority-matrix")
	@Operation(summary = "Replace the matrix, all nine cells (admin); applies to changes from now on")
	Matrix replace(@Valid @RequestBody Matrix body, Caller caller) {
		return matrix.replace(body, caller);
	}

}
