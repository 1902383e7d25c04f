package io.tierdesk.platform;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (API.md is the contract it must agree
 * with): bearer tokens for every operation unless it says otherwise, and the problem+json
 * answers. Clients are generated from it, so enums are named schemas: one {@code Status}
 * type in a client, not one per record that uses it; what is required, nullable and
 * bounded is read from the records and {@link PageQuery} (issue 9: the document tells the
 * truth).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	static {
		ModelResolver.enumsAsRef = true;
	}

	@Bean
	OpenAPI tierdeskOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tierdesk API")
				.version("v1")
				.description("The IT service desk: tickets, tiers and swarms, SLAs, knowledge and insight. "
						+ "Errors are RFC 9457 problem+json."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API token minted with POST /api/v1/users/{id}/tokens")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return new ProblemResponses();
	}

	@Bean
	ModelConverter recordNullability() {
		return new RecordNullability();
	}

	@Bean
	ParameterCustomizer pagingParameters() {
		return new PagingParameters();
	}

}
