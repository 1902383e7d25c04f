package io.tierdesk.platform;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for one schema of the OpenAPI document: a plausible one, and the wrong ones a
 * careless client sends.
 */
final class HostileValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	static final String ONE_MEGABYTE = "x".repeat(1 << 20);

	/**
	 * Numbers at and past the edges of int, long and double: each may be refused or
	 * accepted, never overflow into a 500.
	 */
	static final List<JsonNode> EXTREME_NUMBERS = List.of(NODES.numberNode(Long.MAX_VALUE),
			NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(BigInteger.TWO.pow(63)),
			NODES.numberNode(BigInteger.TWO.pow(63).negate().subtract(BigInteger.ONE)), NODES.numberNode(2147483648L),
			NODES.numberNode(-2147483649L), NODES.numberNode(new BigDecimal("-1e400")),
			NODES.numberNode(new BigDecimal("1e-400")), NODES.numberNode(new BigDecimal("-0.0")));

	/**
	 * Times far beyond what either database stores (PostgreSQL ends in the year 294276),
	 * as text and as epoch numbers; the last year of ISO 8601's four digits is accepted.
	 */
	static final List<JsonNode> FAR_FUTURE_DATES = List.of(NODES.stringNode("+1000000000-01-01T00:00:00Z"),
			NODES.stringNode("+999999999-12-31T23:59:59Z"), NODES.stringNode("+294277-01-01T00:00:00Z"),
			NODES.stringNode("+10000-01-01T00:00:00Z"), NODES.stringNode("9999-12-31T23:59:59Z"),
			NODES.stringNode("-4714-11-24T00:00:00Z"), NODES.stringNode("0000-01-01T00:00:00Z"),
			NODES.numberNode(new BigInteger("99999999999999999999")), NODES.numberNode(Long.MAX_VALUE),
			NODES.numberNode(new BigDecimal("1e300")));

	private final JsonNode schemas;

	/** Makes each plausible text unique, so a create is never refused as a duplicate. */
	private int serial;

	HostileValues(JsonNode spec) {
		this.schemas = spec.path("components").path("schemas");
	}

	/**
	 * Follows a {@code $ref} to the named schema, and a nullable one ({@code oneOf} it
	 * and null) to what it is when not null.
	 */
	JsonNode resolve(JsonNode schema) {
		for (JsonNode alternative : schema.path("oneOf").values()) {
			if (!alternative.path("type").asString("").equals("null")) {
				return resolve(alternative);
			}
		}
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	/**
	 * The type of a resolved schema; of a nullable one ({@code ["string", "null"]}) the
	 * type it has when not null.
	 */
	static String typeOf(JsonNode resolved, String otherwise) {
		JsonNode type = resolved.path("type");
		if (type.isArray()) {
			return type.values()
				.stream()
				.map(JsonNode::asString)
				.filter(t -> !t.equals("null"))
				.findFirst()
				.orElse(otherwise);
		}
		return type.asString(otherwise);
	}

	/**
	 * A value of the right type, so a wrong value in one property is the only thing wrong
	 * with a body.
	 */
	JsonNode plausible(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		if (resolved.has("enum")) {
			return resolved.get("enum").get(0);
		}
		return switch (typeOf(resolved, "object")) {
			case "string" -> NODES.stringNode(plausibleString(resolved.path("format").asString(""), ++serial));
			case "integer", "number" -> NODES.numberNode(1);
			case "boolean" -> NODES.booleanNode(false);
			case "array" -> NODES.arrayNode().add(plausible(resolved.path("items")));
			default -> plausibleObject(resolved);
		};
	}

	/** What must be refused with a 400 (or coerced), never answered with a 500. */
	List<JsonNode> wrong(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.objectNode(), NODES.arrayNode()));
		if (resolved.has("enum")) {
			values.addAll(List.of(NODES.stringNode("NOT_A_VALUE"), NODES.stringNode(""), NODES.numberNode(7)));
			return values;
		}
		switch (typeOf(resolved, "object")) {
			case "string" -> values.addAll(
					List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.stringNode("\u0000\uFFFF\uD800")));
			case "integer",
					"number" ->
				values.addAll(List.of(NODES.stringNode("abc"), NODES.numberNode(1.5),
						NODES.numberNode(new BigInteger("99999999999999999999")),
						NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(-1)));
			case "boolean" -> values.addAll(List.of(NODES.stringNode("perhaps"), NODES.numberNode(2)));
			case "array" -> values.addAll(List.of(NODES.stringNode("x"), NODES.arrayNode().addNull()));
			default -> values.addAll(List.of(NODES.numberNode(42), NODES.stringNode("x")));
		}
		return values;
	}

	boolean isString(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		return typeOf(resolved, "").equals("string") && !resolved.has("enum");
	}

	/** A parameter or property that holds whole numbers, alone or in a list. */
	boolean isInteger(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		JsonNode item = typeOf(resolved, "").equals("array") ? resolve(resolved.path("items")) : resolved;
		return typeOf(item, "").equals("integer");
	}

	boolean isDateTime(JsonNode schema) {
		return resolve(schema).path("format").asString("").equals("date-time");
	}

	private ObjectNode plausibleObject(JsonNode schema) {
		ObjectNode object = NODES.objectNode();
		schema.path("properties").properties().forEach(p -> object.set(p.getKey(), plausible(p.getValue())));
		return object;
	}

	private static String plausibleString(String format, int serial) {
		return switch (format) {
			case "email" -> "hostile-" + serial + "@example.org";
			case "date-time" -> "2026-11-24T09:00:00Z";
			default -> "hostile value " + serial;
		};
	}

}
