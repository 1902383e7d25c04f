package io.tierdesk.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document ({@link OpenApiDocumentTests} keeps it equal to the
 * served one), read the way a client generator reads it: operations, schemas by
 * reference, and what a property's schema says about {@code null}.
 */
final class OpenApiDocument {

	private final JsonNode root;

	private OpenApiDocument(JsonNode root) {
		this.root = root;
	}

	static OpenApiDocument committed() {
		return new OpenApiDocument(JsonMapper.builder().build().readTree(OpenApiDocumentTests.COMMITTED.toFile()));
	}

	record Operation(String path, String method, String id, JsonNode node) {

		List<JsonNode> parameters() {
			List<JsonNode> parameters = new ArrayList<>();
			node.path("parameters").forEach(parameters::add);
			return parameters;
		}

		@Override
		public String toString() {
			return id + " (" + method.toUpperCase(java.util.Locale.ROOT) + " " + path + ")";
		}

	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				operations.add(new Operation(path.getKey(), method.getKey(),
						method.getValue().path("operationId").asString(), method.getValue()));
			}
		}
		return operations;
	}

	/** The schema itself, or the component it refers to. */
	JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema : root.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
	}

	/** The schemas that 2xx responses carry, and every schema those refer to. */
	Set<String> responseSchemas() {
		List<JsonNode> roots = new ArrayList<>();
		operations().forEach(op -> op.node().path("responses").properties().forEach(response -> {
			if (response.getKey().startsWith("2")) {
				response.getValue().path("content").forEach(media -> roots.add(media.path("schema")));
			}
		}));
		return reachableFrom(roots);
	}

	/** The request bodies' schemas as the document gives them (references or inline). */
	List<JsonNode> requestBodySchemas() {
		List<JsonNode> schemas = new ArrayList<>();
		operations().forEach(op -> op.node()
			.path("requestBody")
			.path("content")
			.forEach(media -> schemas.add(media.path("schema"))));
		return schemas;
	}

	Set<String> reachableFrom(List<JsonNode> roots) {
		Set<String> names = new LinkedHashSet<>();
		List<JsonNode> todo = new ArrayList<>(roots);
		while (!todo.isEmpty()) {
			JsonNode node = todo.remove(todo.size() - 1);
			for (JsonNode ref : node.findValues("$ref")) {
				String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
				if (names.add(name)) {
					todo.add(schema(name));
				}
			}
		}
		return names;
	}

	JsonNode schema(String name) {
		return root.path("components").path("schemas").path(name);
	}

	/** {@code type: [x, "null"]}, or {@code oneOf: [{$ref}, {type: "null"}]}. */
	static boolean nullable(JsonNode property) {
		return types(property).contains("null")
				|| property.path("oneOf").valueStream().anyMatch(branch -> types(branch).contains("null"));
	}

	/** What a non-null value must match: the one branch that is not {@code null}. */
	static JsonNode nonNull(JsonNode property) {
		return property.path("oneOf")
			.valueStream()
			.filter(branch -> !types(branch).contains("null"))
			.findFirst()
			.orElse(property);
	}

	static Set<String> types(JsonNode schema) {
		JsonNode type = schema.path("type");
		Set<String> types = new LinkedHashSet<>();
		if (type.isArray()) {
			type.forEach(t -> types.add(t.asString()));
		}
		else if (!type.isMissingNode()) {
			types.add(type.asString());
		}
		return types;
	}

}
