package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tierdesk.DatabaseProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * What a client generated from the committed document may rely on (issue 9): a response
 * property it is not told may be null is always there, and the limits the server enforces
 * on what it is sent are written down.
 */
@Tag(DatabaseProfiles.NO_DATABASE)
class OpenApiContractTests {

	private final OpenApiDocument document = OpenApiDocument.committed();

	@Test
	void everyResponsePropertyThatCannotBeNullIsRequired() {
		List<String> optional = new ArrayList<>();
		for (String name : document.responseSchemas()) {
			JsonNode schema = document.schema(name);
			Set<String> required = values(schema.path("required"));
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				if (!OpenApiDocument.nullable(property.getValue()) && !required.contains(property.getKey())) {
					optional.add(name + "." + property.getKey());
				}
			}
		}

		assertThat(document.responseSchemas()).contains("TicketView", "PageOfTicketView", "UserSummary");
		assertThat(optional).as("response properties neither required nor nullable").isEmpty();
	}

	@Test
	void everyStringARequestCarriesHasAMaximumLength() {
		List<JsonNode> bodies = document.requestBodySchemas();
		List<JsonNode> schemas = new ArrayList<>(bodies);
		document.reachableFrom(bodies).forEach(name -> schemas.add(document.schema(name)));
		List<String> unbounded = new ArrayList<>();
		int strings = 0;
		for (JsonNode schema : schemas) {
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				JsonNode value = OpenApiDocument.nonNull(property.getValue());
				JsonNode text = OpenApiDocument.types(value).contains("array") ? value.path("items") : value;
				// Files, date-times and enums bound themselves.
				if (OpenApiDocument.types(text).contains("string") && !text.has("enum")
						&& !Set.of("binary", "date-time").contains(text.path("format").asString(""))) {
					strings++;
					if (!text.has("maxLength")) {
						unbounded.add(property.getKey() + " in " + schema);
					}
				}
			}
		}

		assertThat(strings).as("string properties in request bodies").isGreaterThan(10);
		assertThat(unbounded).as("request strings without maxLength").isEmpty();
	}

	@Test
	void everyPageAndSizeParameterIsBounded() {
		List<String> unbounded = new ArrayList<>();
		int paging = 0;
		for (OpenApiDocument.Operation operation : document.operations()) {
			for (JsonNode parameter : operation.parameters()) {
				String name = parameter.path("name").asString();
				if (name.equals("page") || name.equals("size")) {
					paging++;
					JsonNode schema = parameter.path("schema");
					if (!schema.has("minimum") || !schema.has("maximum")) {
						unbounded.add(operation + " " + name);
					}
				}
			}
		}

		assertThat(paging).as("page and size parameters").isGreaterThanOrEqualTo(6);
		assertThat(unbounded).isEmpty();
		assertThat(sizeOf("listTickets")).isEqualTo(List.of(1, PageQuery.MAX_SIZE));
	}

	private List<Integer> sizeOf(String operationId) {
		JsonNode size = document.operations()
			.stream()
			.filter(op -> op.id().equals(operationId))
			.flatMap(op -> op.parameters().stream())
			.filter(p -> p.path("name").asString().equals("size"))
			.findFirst()
			.orElseThrow()
			.path("schema");
		return List.of(size.path("minimum").asInt(), size.path("maximum").asInt());
	}

	private static Set<String> values(JsonNode array) {
		Set<String> values = new LinkedHashSet<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

}
