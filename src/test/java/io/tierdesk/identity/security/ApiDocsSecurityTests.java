package io.tierdesk.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI and the OpenAPI document are public; only their pages allow inline styles,
 * never inline scripts.
 */
class ApiDocsSecurityTests extends ApiTestSupport {

	@Test
	void swaggerUiLoadsOnlyScriptFilesUnderAPolicyThatAllowsItsInlineStyles() {
		var page = anonymous().get("/swagger-ui/index.html");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("<script src=\"./swagger-ui-bundle.js\"").doesNotContainPattern("<script>");
		assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';")
			.contains("style-src 'self' 'unsafe-inline'");
		assertThat(anonymous().get("/swagger-ui/swagger-initializer.js").status()).isEqualTo(200);
	}

	@Test
	void openApiDocumentIsPublic() {
		var document = anonymous().get("/v3/api-docs");

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("info").get("title").asString()).isEqualTo("Tierdesk API");
	}

	@Test
	void restOfTheSiteKeepsTheStrictPolicy() {
		var health = anonymous().get("/actuator/health");

		assertThat(health.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
	}

}
