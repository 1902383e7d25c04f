package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated client is built from the committed copy of the OpenAPI document, so that
 * copy must be what the application serves. Run with
 * {@code -Dtierdesk.openapi.refresh=true} to rewrite it after an API change.
 */
class OpenApiDocumentTests extends ApiTestSupport {

	static final Path COMMITTED = Path.of("src/test/resources/openapi/tierdesk.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void committedDocumentMatchesTheServedOne() throws IOException {
		ObjectNode served = (ObjectNode) document();
		// The server entry names this run's random port; clients set their own base URI.
		served.remove("servers");
		if (Boolean.getBoolean("tierdesk.openapi.refresh")) {
			Files.writeString(COMMITTED, JSON.writeValueAsString(served) + "\n");
		}

		JsonNode committed = JSON.readTree(COMMITTED.toFile());

		assertThat(served.get("paths")).as(refreshHint("paths")).isEqualTo(committed.get("paths"));
		assertThat(served.get("components")).as(refreshHint("components")).isEqualTo(committed.get("components"));
	}

	@Test
	void createsAnswer201WithLocationAndErrorsAsProblems() {
		JsonNode open = document().at("/paths/~1api~1v1~1tickets/post");

		assertThat(open.at("/responses/201/headers/Location").isMissingNode()).isFalse();
		assertThat(open.at("/responses/201/content/application~1json/schema/$ref").asString()).endsWith("/TicketView");
		assertThat(open.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
			.endsWith("/Problem");
		assertThat(open.path("parameters").findValuesAsString("name")).contains("Idempotency-Key");
		assertThat(document().at("/components/schemas/Problem/properties/errors/items/$ref").asString())
			.endsWith("/FieldError");
	}

	@Test
	void patchTakesIfMatchAndCanConflict() {
		JsonNode change = document().at("/paths/~1api~1v1~1tickets~1{id}/patch");

		assertThat(change.path("parameters").findValuesAsString("name")).contains("If-Match");
		assertThat(change.at("/responses/409/content").has("application/problem+json")).isTrue();
	}

	@Test
	void listsArePagesTypedPerResourceAndEnumsAreNamed() {
		JsonNode schemas = document().path("components").path("schemas");

		assertThat(schemas.at("/PageOfTicketView/properties").propertyNames()).containsExactly("items", "page", "size",
				"total");
		assertThat(schemas.at("/PageOfTicketView/properties/items/items/$ref").asString()).endsWith("/TicketView");
		assertThat(schemas.at("/TicketView/properties/status/$ref").asString()).endsWith("/Status");
		assertThat(schemas.at("/Status/enum").values()).extracting(JsonNode::asString)
			.containsExactly("NEW", "OPEN", "PENDING", "ON_HOLD", "RESOLVED", "CLOSED");
	}

	@Test
	void everyOperationNeedsABearerTokenExceptTheBanner() {
		JsonNode document = document();

		assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		assertThat(document.at("/security/0").has("bearer")).isTrue();
		assertThat(document.at("/paths/~1api~1v1~1banner/get/security").isEmpty()).isTrue();
	}

	private JsonNode document() {
		return anonymous().get("/v3/api-docs").json();
	}

	private static String refreshHint(String part) {
		return "The served /v3/api-docs " + part + " differ from " + COMMITTED + ". If the API change is intended, "
				+ "refresh the copy with: ./mvnw test -Dtest=OpenApiDocumentTests -Dtierdesk.openapi.refresh=true "
				+ "(then rebuild, so the generated client follows)";
	}

}
