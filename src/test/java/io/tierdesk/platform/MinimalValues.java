package io.tierdesk.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The smallest value a schema of the document allows, built from the schema alone: only
 * the required properties of an object, the fewest items of an array, a string as short
 * as allowed (unique, since names must be), the least number. Values it cannot make from
 * the schema (a format or pattern it does not know) fail loudly rather than guess.
 */
final class MinimalValues {

	private final OpenApiDocument document;

	MinimalValues(OpenApiDocument document) {
		this.document = document;
	}

	/** An object's required properties with minimal values, as a mutable map. */
	Map<String, Object> object(JsonNode schema) {
		JsonNode model = document.resolve(schema);
		Map<String, Object> values = new LinkedHashMap<>();
		model.path("required")
			.forEach(name -> values.put(name.asString(), of(model.path("properties").path(name.asString()))));
		return values;
	}

	Object of(JsonNode schema) {
		JsonNode value = document.resolve(OpenApiDocument.nonNull(schema));
		if (value.has("enum")) {
			return value.path("enum").get(0).asString();
		}
		if (value.has("default")) {
			return value.path("default").isNumber() ? value.path("default").numberValue()
					: value.path("default").isBoolean() ? value.path("default").asBoolean()
							: value.path("default").asString();
		}
		Set<String> types = OpenApiDocument.types(value);
		if (types.contains("object") || value.has("properties")) {
			return object(value);
		}
		if (types.contains("array")) {
			List<Object> items = new ArrayList<>();
			for (int i = 0; i < value.path("minItems").asInt(0); i++) {
				items.add(of(value.path("items")));
			}
			return items;
		}
		if (types.contains("integer") || types.contains("number")) {
			return value.has("minimum") ? value.path("minimum").numberValue() : 1;
		}
		if (types.contains("boolean")) {
			return false;
		}
		if (types.contains("string")) {
			return string(value);
		}
		throw new IllegalStateException("No minimal value for the schema " + value);
	}

	private static String string(JsonNode schema) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String text = switch (schema.path("format").asString("")) {
			case "email" -> "min-" + unique + "@example.org";
			case "date-time" -> Instant.now().plus(30, ChronoUnit.DAYS).toString();
			case "" -> "m" + unique;
			default -> throw new IllegalStateException("No minimal value for the string format of " + schema);
		};
		int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		int min = schema.path("minLength").asInt(0);
		if (text.length() > max && max >= Math.max(min, 1)) {
			// A short code (a currency's three letters): the fixture sets a real one.
			text = text.substring(0, max);
		}
		if (text.length() < min || text.length() > max) {
			throw new IllegalStateException("No minimal value for the string length of " + schema);
		}
		String pattern = schema.path("pattern").asString("");
		if (!pattern.isEmpty() && !java.util.regex.Pattern.compile(pattern).matcher(text).find()) {
			throw new IllegalStateException("No minimal value for the pattern of " + schema);
		}
		return text;
	}

}
