package io.tierdesk.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the problem+json answers to every operation from what the operation takes (input
 * can be bad, a path id can be unknown, a write can conflict) instead of repeating
 * annotations on each controller method, and the {@code Location} header to every 201.
 */
class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String FIELD_ERROR = "FieldError";

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getComponents().addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			errorsOf(path, method, operation)
				.forEach((status, description) -> operation.getResponses().putIfAbsent(status, problem(description)));
			ApiResponse created = operation.getResponses().get("201");
			if (created != null) {
				created.addHeaderObject("Location", new Header().description("Where the created resource is")
					.schema(new StringSchema().format("uri-reference")));
			}
		}));
	}

	private static Map<String, String> errorsOf(String path, HttpMethod method, Operation operation) {
		Map<String, String> errors = new LinkedHashMap<>();
		boolean hasBody = operation.getRequestBody() != null;
		if (hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
			errors.put("400", "Bad input; errors names the fields at fault");
		}
		if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
			errors.put("401", "No valid API token");
			errors.put("403", "The caller's role does not allow this");
		}
		if (path.contains("{")) {
			errors.put("404", "Not found, or not visible to the caller");
		}
		if (method != HttpMethod.GET) {
			errors.put("409", "Stale version, illegal state change or duplicate");
		}
		if (hasBody && operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
			errors.put("413", "A file or the request is too large");
		}
		if (hasBody) {
			errors.put("415", "A media type (of the body or a file) that is not accepted");
		}
		return errors;
	}

	private static ApiResponse problem(String description) {
		Schema<?> schema = new Schema<>().$ref(PROBLEM);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(schema)));
	}

	private static Schema<?> fieldError() {
		return new ObjectSchema().description("One input field at fault and why")
			.addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.required(List.of("field", "message"));
	}

	/**
	 * Spring's {@code ProblemDetail} as {@link ProblemHandling} writes it, with the field
	 * errors of a 400.
	 */
	private static Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri-reference"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref(FIELD_ERROR)))
			.required(List.of("status", "title"));
	}

}
