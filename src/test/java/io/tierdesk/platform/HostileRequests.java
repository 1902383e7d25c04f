package io.tierdesk.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests made from the OpenAPI document, the same on every run (fixed seed): for
 * each operation, what a careless or hostile client could send in its credentials, path,
 * query, headers and body. Ids in paths are of rows that do not exist, so the bodies are
 * checked without touching anything real.
 */
final class HostileRequests {

	/**
	 * One request; a null {@code authorization} or {@code contentType} leaves that header
	 * out. A request the servlet container refuses before the application sees it
	 * ({@code refusedByContainer}) cannot be answered with problem+json.
	 */
	record Case(String label, String method, String path, @Nullable String authorization, @Nullable String contentType,
			Map<String, String> headers, byte[] body, boolean refusedByContainer) {

		Case asRefusedByContainer() {
			return new Case(label, method, path, authorization, contentType, headers, body, true);
		}

		@Override
		public String toString() {
			return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + label + "]";
		}

	}

	private static final String NO_SUCH_ID = "987654321";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Percent-encoded bytes that are not UTF-8: in a path, Tomcat refuses them before any
	 * filter or servlet.
	 */
	private static final String NOT_UTF8 = "%F0%28%8C%28";

	private static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "-1", "0", "1.5", "1e3", "%20",
			NOT_UTF8);

	private static final List<String> BAD_JSON = List.of("{\"subject\": ", "{", "[1,2", "{\"a\":1}}", "nul",
			"{'single':1}", "null", "[]", "\"text\"", "42", "[".repeat(100_000));

	private final JsonNode spec;

	private final HostileValues values;

	private final Random random;

	private final String reader;

	private final String writer;

	/**
	 * {@code reader} sends the reads (an admin sees everything); {@code writer} the
	 * writes (cannot harm others).
	 */
	HostileRequests(JsonNode spec, long seed, String reader, String writer) {
		this.spec = spec;
		this.values = new HostileValues(spec);
		this.random = new Random(seed);
		this.reader = reader;
		this.writer = writer;
	}

	List<Case> all() {
		List<Case> cases = new ArrayList<>();
		spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			var op = new Op(path.getKey(), operation.getKey().toUpperCase(Locale.ROOT), operation.getValue());
			cases.addAll(credentials(op));
			cases.addAll(pathIds(op));
			cases.addAll(parameters(op));
			cases.addAll(jsonBodies(op));
			cases.addAll(multipartBodies(op));
		}));
		return cases;
	}

	private List<Case> credentials(Op op) {
		return List.of(op.send("no credentials", null, null, new byte[0]),
				op.send("unknown token", bearer("td_" + garbage(30)), null, new byte[0]),
				op.send("empty bearer", bearer(""), null, new byte[0]),
				op.send("basic auth", "Basic YWRtaW46YWRtaW4=", null, new byte[0]),
				op.send("huge token", bearer("t".repeat(6000)), null, new byte[0]));
	}

	private List<Case> pathIds(Op op) {
		return op.parameters("path")
			.flatMap(p -> BAD_IDS.stream()
				.map(id -> op.withPath(op.path(p.path("name").asString(), id)).plausible("path id " + id))
				.map(hostile -> hostile.path().contains(NOT_UTF8) ? hostile.asRefusedByContainer() : hostile))
			.toList();
	}

	private List<Case> parameters(Op op) {
		return op.parameters("query", "header")
			.flatMap(p -> badParameterValues(p).stream().map(value -> op.withParameter(p, value)))
			.toList();
	}

	private List<String> badParameterValues(JsonNode parameter) {
		String name = parameter.path("name").asString();
		List<String> bad = new ArrayList<>(List.of("", "NOT_A_VALUE", "\"", "x".repeat(4000)));
		switch (name) {
			case "page" -> bad.addAll(List.of("-1", "2147483647", "2147483648", "1e9"));
			case "size" -> bad.addAll(List.of("0", "-5", "100000", "2147483647"));
			case "sort" -> bad.addAll(List.of("nope,asc", "id,sideways", ",", "id,asc,extra", "subject;drop"));
			default -> bad.addAll(List.of("-1", "99999999999999999999", "%FF%FE", "W/\"x\"", "true,false"));
		}
		return bad;
	}

	private List<Case> jsonBodies(Op op) {
		JsonNode schema = op.bodySchema("application/json");
		if (schema == null) {
			return List.of();
		}
		List<Case> cases = new ArrayList<>();
		BAD_JSON.forEach(json -> cases.add(op.json("malformed or wrong JSON", json.getBytes(StandardCharsets.UTF_8))));
		cases.add(op.json("empty body", new byte[0]));
		cases.add(op.json("bad UTF-8", badUtf8(op)));
		cases.addAll(wrongContentTypes(op));
		cases.addAll(wrongProperties(op, schema));
		return cases;
	}

	private List<Case> wrongContentTypes(Op op) {
		byte[] body = op.plausibleBody();
		return List
			.of("text/plain", "application/xml", "application/json; charset=klingon",
					"application/x-www-form-urlencoded", "multipart/form-data", "garbage/")
			.stream()
			.map(type -> op.send("content type " + type, bearer(writer), type, body))
			.collect(Collectors.toCollection(ArrayList::new));
	}

	private List<Case> wrongProperties(Op op, JsonNode schema) {
		List<Case> cases = new ArrayList<>();
		ObjectNode plausible = (ObjectNode) values.plausible(schema);
		values.resolve(schema).path("properties").properties().forEach(property -> {
			for (JsonNode wrong : values.wrong(property.getValue())) {
				cases.add(op.json(property.getKey() + "=" + wrong,
						bytes(plausible.deepCopy().set(property.getKey(), wrong))));
			}
			if (values.isString(property.getValue()) && random.nextInt(3) == 0) {
				var huge = plausible.deepCopy().put(property.getKey(), HostileValues.ONE_MEGABYTE);
				cases.add(op.json(property.getKey() + " of 1 MB", bytes(huge)));
			}
		});
		cases.add(op.json("unknown property", bytes(plausible.deepCopy().put("no_such_field_" + garbage(4), 1))));
		return cases;
	}

	private List<Case> multipartBodies(Op op) {
		if (op.bodySchema("multipart/form-data") == null) {
			return List.of();
		}
		String boundary = "hostile" + garbage(8);
		String type = "multipart/form-data; boundary=" + boundary;
		String auth = bearer(writer);
		return List.of(op.send("multipart without boundary", auth, "multipart/form-data", "--x\r\n".getBytes()),
				op.send("truncated multipart", auth, type,
						("--" + boundary + "\r\nContent-Disposition: form-da").getBytes(StandardCharsets.UTF_8)),
				op.send("bad visibility", auth, type, form(boundary, "visibility", "NOPE")),
				op.send("1 MB body field", auth, type, form(boundary, "body", HostileValues.ONE_MEGABYTE)),
				op.send("nameless file", auth, type, file(boundary, "", "application/octet-stream")),
				op.send("file without type", auth, type, file(boundary, "a.txt", "")));
	}

	private String bearer(Op op) {
		return bearer(op.method.equals("GET") ? reader : writer);
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private byte[] badUtf8(Op op) {
		byte[] plausible = op.plausibleBody();
		byte[] broken = new byte[plausible.length + 4];
		System.arraycopy(plausible, 0, broken, 0, plausible.length);
		// 0xC3 0x28 is an invalid two-byte sequence, 0xFF and 0xFE never occur in UTF-8.
		System.arraycopy(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE }, 0, broken, 1, 4);
		return broken;
	}

	private static byte[] form(String boundary, String name, String value) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n--"
				+ boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] file(String boundary, String fileName, String contentType) {
		String type = contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n";
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\n" + type + "\r\nbytes\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private String garbage(int length) {
		return random.ints(length, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private static byte[] bytes(JsonNode node) {
		return JSON.writeValueAsBytes(node);
	}

	/**
	 * One operation of the document, and requests to it that differ from a plausible one
	 * in one thing.
	 */
	private final class Op {

		private final String template;

		private final String method;

		private final JsonNode node;

		private final String path;

		Op(String template, String method, JsonNode node) {
			this(template, method, node, template.replaceAll("\\{[^}]+}", NO_SUCH_ID));
		}

		private Op(String template, String method, JsonNode node, String path) {
			this.template = template;
			this.method = method;
			this.node = node;
			this.path = path;
		}

		Op withPath(String otherPath) {
			return new Op(template, method, node, otherPath);
		}

		String path(String parameter, String value) {
			return template.replace("{" + parameter + "}", value).replaceAll("\\{[^}]+}", NO_SUCH_ID);
		}

		Stream<JsonNode> parameters(String... in) {
			List<String> places = List.of(in);
			return node.path("parameters").values().stream().filter(p -> places.contains(p.path("in").asString()));
		}

		@Nullable JsonNode bodySchema(String mediaType) {
			JsonNode schema = node.path("requestBody").path("content").path(mediaType).path("schema");
			return schema.isMissingNode() ? null : schema;
		}

		byte[] plausibleBody() {
			JsonNode schema = bodySchema("application/json");
			return schema == null ? new byte[0] : bytes(values.plausible(schema));
		}

		Case withParameter(JsonNode parameter, String value) {
			String name = parameter.path("name").asString();
			String label = name + "=" + (value.length() > 20 ? value.length() + " chars" : value);
			if (parameter.path("in").asString().equals("header")) {
				return plausible(label, Map.of(name, value));
			}
			// A value starting with % is sent as it is: percent-encoded bytes that are
			// not UTF-8.
			String encoded = value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
			return withPath(path + "?" + name + "=" + encoded).plausible(label);
		}

		/**
		 * The plausible body, if the operation takes one, with one thing wrong elsewhere.
		 */
		Case plausible(String label) {
			return plausible(label, Map.of());
		}

		private Case plausible(String label, Map<String, String> headers) {
			byte[] body = plausibleBody();
			String type = body.length == 0 ? null : "application/json";
			return new Case(label, method, path, bearer(this), type, headers, body, false);
		}

		Case json(String label, byte[] body) {
			return send(label, bearer(writer), "application/json", body);
		}

		Case send(String label, @Nullable String authorization, @Nullable String contentType, byte[] body) {
			return new Case(label, method, path, authorization, contentType, Map.of(), body, false);
		}

	}

}
