package io.tierdesk.platform;

import java.math.BigDecimal;

import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;

/**
 * Declares in the OpenAPI document the bounds {@link PageQuery} enforces on every list's
 * {@code page} and {@code size} (API.md's list convention), so that they are written
 * once, where they are checked.
 */
class PagingParameters implements ParameterCustomizer {

	@Override
	public Parameter customize(Parameter parameter, MethodParameter method) {
		if (parameter == null || !"query".equals(parameter.getIn()) || parameter.getSchema() == null
				|| method.getParameterType() != Integer.class) {
			return parameter;
		}
		if ("page".equals(parameter.getName())) {
			bound(parameter, 0, Integer.MAX_VALUE, 0);
			parameter.description("0 or more; page × size at most " + Integer.MAX_VALUE);
		}
		else if ("size".equals(parameter.getName())) {
			bound(parameter, 1, PageQuery.MAX_SIZE, PageQuery.DEFAULT_SIZE);
		}
		return parameter;
	}

	/** Bounds a copy: springdoc shares one schema between parameters of the same type. */
	private static void bound(Parameter parameter, int min, int max, int byDefault) {
		Schema<?> schema = AnnotationsUtils.clone(parameter.getSchema(), true);
		schema.setMinimum(BigDecimal.valueOf(min));
		schema.setMaximum(BigDecimal.valueOf(max));
		schema.setDefault(byDefault);
		parameter.setSchema(schema);
	}

}
