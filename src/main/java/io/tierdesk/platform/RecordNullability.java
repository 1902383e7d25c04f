package io.tierdesk.platform;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

/**
 * Reads the project's nullness convention into the OpenAPI document: a component of one
 * of our records that is not {@code @Nullable} is {@code required} (in a response it is
 * always there; in a request the server refuses it absent: Bean Validation or, for a
 * primitive, Jackson's {@code FAIL_ON_NULL_FOR_PRIMITIVES}); a {@code @Nullable} one may
 * also be {@code null}. Without this every property of every schema is optional, and
 * generated clients make every field optional with it. A component may say otherwise with
 * {@code @Schema(requiredMode = ...)} where the server fills it from elsewhere (a
 * ticket's {@code version} from {@code If-Match}).
 */
class RecordNullability implements ModelConverter {

	private static final String OURS = "io.tierdesk.";

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		Schema<?> model = schema == null ? null : modelOf(schema, context);
		if (model != null && model.getProperties() != null && raw.isRecord() && raw.getName().startsWith(OURS)) {
			for (RecordComponent component : raw.getRecordComponents()) {
				describe(model, component, field(raw, component));
			}
		}
		return schema;
	}

	/** The schema itself, or the model it refers to (records come back as references). */
	private static @Nullable Schema<?> modelOf(Schema<?> schema, ModelConverterContext context) {
		String ref = schema.get$ref();
		return ref == null ? schema : context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private static void describe(Schema<?> schema, RecordComponent component, Field field) {
		Map<String, Schema> properties = schema.getProperties();
		Schema<?> property = properties.get(component.getName());
		if (property == null) {
			return;
		}
		var declared = field.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		RequiredMode mode = declared == null ? RequiredMode.AUTO : declared.requiredMode();
		boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
		if (mode == RequiredMode.REQUIRED || (!nullable && mode == RequiredMode.AUTO)) {
			if (schema.getRequired() == null || !schema.getRequired().contains(component.getName())) {
				schema.addRequiredItem(component.getName());
			}
		}
		else if (nullable) {
			properties.put(component.getName(), orNull(property));
		}
		// @Size(max) alone writes minLength 0 over what @NotBlank or @Schema(minLength)
		// say.
		int least = Math.max(declared == null ? 0 : declared.minLength(),
				field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotEmpty.class) ? 1 : 0);
		if (least > 0 && property.getTypes() != null && property.getTypes().contains("string")
				&& (property.getMinLength() == null || property.getMinLength() < least)) {
			property.setMinLength(least);
		}
	}

	/** The property's schema, with {@code null} as a value too (OpenAPI 3.1). */
	private static Schema<?> orNull(Schema<?> property) {
		if (property.get$ref() != null) {
			return new Schema<>().oneOf(List.of(property, new Schema<>().types(Set.of("null"))));
		}
		if (property.getTypes() != null && !property.getTypes().contains("null")) {
			property.addType("null");
		}
		return property;
	}

	private static Field field(Class<?> record, RecordComponent component) {
		try {
			return record.getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("A record without the field of its component " + component, ex);
		}
	}

}
