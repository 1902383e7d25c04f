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
 * The generated client is built from the committed copy of the OpenAPI document, so that copy must be what the
 * application serves. Run with {@code -Dtierdesk.openapi.refresh=true} to rewrite it after an API change.
 */
class OpenApiDocumentTests extends ApiTestSupport {

	static final Path COMMITTED = Path.of("src/test/resources/openapi/tierdesk.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void committedDocumentMatchesTheServedOne() throws IOException {
		ObjectNode served = (ObjectNode) anonymous().get("/v3/api-docs").json();
		// The server entry names this run's random port; clients set their own base URI.
		served.remove("servers");
		if (Boolean.getBoolean("tierdesk.openapi.refresh")) {
			Files.writeString(COMMITTED, JSON.writeValueAsString(served) + "\n");
		}

		JsonNode committed = JSON.readTree(COMMITTED.toFile());

		assertThat(served.get("paths")).as(refreshHint("paths")).isEqualTo(committed.get("paths"));
		assertThat(served.get("components")).as(refreshHint("components")).isEqualTo(committed.get("components"));
	}

	private static String refreshHint(String part) {
		return "The served /v3/api-docs " + part + " differ from " + COMMITTED + ". If the API change is intended, "
				+ "refresh the copy with: ./mvnw test -Dtest=OpenApiDocumentTests -Dtierdesk.openapi.refresh=true "
				+ "(then rebuild, so the generated client follows)";
	}

}
