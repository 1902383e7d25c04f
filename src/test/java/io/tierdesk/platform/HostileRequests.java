package io.tierdesk.platform;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests made from the OpenAPI document, the same on every run (fixed seed): for
 * each operation, what a careless or hostile client could send in its credentials, path,
 * query, headers and body, and in every text field, every number and every time of it.
 * Bad path ids are of rows that do not exist; bodies go to rows the test made for the
 * purpose ({@code existing}), so every value in them reaches the database. Every request
 * is an admin's: no role check stops a value before it gets there.
 */
final class HostileRequests {

	/** Which answers are right, besides problem+json for every error. */
	enum Expect {

		/** Anything below 500. */
		NO_SERVER_ERROR,
		/** A 400: the value must never be taken. */
		BAD_REQUEST,
		/** A 400, or taken: never another error that blames something else. */
		BAD_REQUEST_OR_SUCCESS;

		boolean allows(int status) {
			return switch (this) {
				case NO_SERVER_ERROR -> status < 500;
				case BAD_REQUEST -> status == 400;
				case BAD_REQUEST_OR_SUCCESS -> status == 400 || status < 300;
			};
		}

	}

	/**
	 * One request of one class of input ({@code kind}, counted in the report); a null
	 * {@code authorization} or {@code contentType} leaves that header out. Header values
	 * are sent byte for byte (ISO-8859-1).
	 */
	record Case(String kind, String label, String method, String path, @Nullable String authorization,
			@Nullable String contentType, Map<String, String> headers, byte[] body, Expect expect) {

		Case expecting(Expect other) {
			return new Case(kind, label, method, path, authorization, contentType, headers, body, other);
		}

		Case refusedIf(boolean refused) {
			return refused ? expecting(Expect.BAD_REQUEST) : this;
		}

		/**
		 * Bytes a client library will not send (control or non-ASCII in the request line
		 * or a header), and headers so large that Tomcat answers and closes before
		 * reading the body, which a client library reports as a broken connection instead
		 * of the answer: only a raw socket sends those and reads what came back.
		 */
		boolean needsRawSocket() {
			return !printable(path) || headers.values().stream().anyMatch(v -> !printable(v) || v.length() > 8192)
					|| (authorization != null && !printable(authorization));
		}

		private static boolean printable(String text) {
			return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
		}

		@Override
		public String toString() {
			String shown = path.length() > 120 ? path.substring(0, 120) + "…" : path;
			return method + " " + shown.replaceAll("[^\\x20-\\x7E]", "?") + " [" + kind + ": " + label + "]";
		}

	}

	static final String CREDENTIALS = "bad credentials";

	static final String PATH_ID = "bad path id";

	static final String PARAMETER = "bad parameter value";

	static final String MALFORMED = "malformed body";

	static final String CONTENT_TYPE = "wrong content type";

	static final String WRONG_TYPE = "wrong JSON type";

	static final String HUGE_TEXT = "1 MB text";

	static final String UNKNOWN_PROPERTY = "unknown property";

	static final String MULTIPART = "broken multipart";

	static final String RAW_HEADER = "raw bytes in header";

	static final String EXTREME_NUMBER = "extreme number";

	static final String FAR_FUTURE = "far-future date";

	static final String HUGE_HEADER = "oversized header";

	static final String HUGE_QUERY = "oversized query string";

	private static final String NO_SUCH_ID = "987654321";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Percent-encoded bytes that are not UTF-8: in a path, Tomcat refuses them before any
	 * filter or servlet.
	 */
	private static final String NOT_UTF8 = "%F0%28%8C%28";

	private static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "-1", "0", "1.5", "1e3", "%20",
			NOT_UTF8, "1%00", "1%01");

	private static final List<String> BAD_JSON = List.of("{\"subject\": ", "{", "[1,2", "{\"a\":1}}", "nul",
			"{'single':1}", "null", "[]", "\"text\"", "42", "[".repeat(100_000));

	/** Headers every operation reads, whether the document names them or not. */
	private static final List<String> COMMON_HEADERS = List.of("Authorization", "Accept", "Accept-Language");

	/** Stands for the hostile text in a serialised body, replaced byte for byte. */
	private static final String MARKER = "HOSTILE-TEXT-MARKER";

	/** Past Tomcat's 8 KB for the request line and headers. */
	private static final int OVERSIZED_HEADER = 20_000;

	private static final int OVERSIZED_QUERY = 100_000;

	private final JsonNode spec;

	private final HostileValues values;

	private final Random random;

	private final String token;

	/** Ids of rows that exist, by the path segment naming their collection ("users"). */
	private final Map<String, Long> existing;

	HostileRequests(JsonNode spec, long seed, String adminToken, Map<String, Long> existing) {
		this.spec = spec;
		this.values = new HostileValues(spec);
		this.random = new Random(seed);
		this.token = adminToken;
		this.existing = Map.copyOf(existing);
	}

	List<Case> all() {
		List<Case> cases = new ArrayList<>();
		spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			var op = new Op(path.getKey(), operation.getKey().toUpperCase(Locale.ROOT), operation.getValue());
			cases.addAll(credentials(op));
			cases.addAll(pathIds(op));
			cases.addAll(parameters(op));
			cases.addAll(commonHeaders(op));
			cases.addAll(oversized(op));
			cases.addAll(jsonBodies(op.onExistingRows()));
			cases.addAll(multipartBodies(op.onExistingRows()));
		}));
		return cases;
	}

	private List<Case> credentials(Op op) {
		return List.of(op.send(CREDENTIALS, "none", null, null, new byte[0]),
				op.send(CREDENTIALS, "unknown token", bearer("td_" + garbage(30)), null, new byte[0]),
				op.send(CREDENTIALS, "empty bearer", bearer(""), null, new byte[0]),
				op.send(CREDENTIALS, "basic auth", "Basic YWRtaW46YWRtaW4=", null, new byte[0]),
				op.send(CREDENTIALS, "huge token", bearer("t".repeat(6000)), null, new byte[0]));
	}

	private List<Case> pathIds(Op op) {
		return op.parameters("path")
			.flatMap(p -> BAD_IDS.stream()
				.map(id -> op.withPath(op.path(p.path("name").asString(), id)).plausible(PATH_ID, "path id " + id)))
			.toList();
	}

	/**
	 * Every query and header parameter of the document: wrong values, every hostile text,
	 * extreme numbers where it takes numbers.
	 */
	private List<Case> parameters(Op op) {
		return op.parameters("query", "header").flatMap(p -> {
			Stream<Case> wrong = badParameterValues(p).stream().map(value -> op.withParameter(PARAMETER, p, value));
			Stream<Case> texts = HostileText.all().stream().map(text -> op.withHostileParameter(p, text));
			Stream<Case> numbers = values.isInteger(p.path("schema"))
					? HostileValues.EXTREME_NUMBERS.stream().map(n -> op.withParameter(EXTREME_NUMBER, p, n.asString()))
					: Stream.empty();
			return Stream.of(wrong, texts, numbers).flatMap(s -> s);
		}).toList();
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

	/**
	 * The headers every operation reads (the token, content negotiation, the locale) with
	 * every hostile text as raw bytes. The operations without a path id are enough: the
	 * headers are read before any controller.
	 */
	private List<Case> commonHeaders(Op op) {
		if (op.template.contains("{")) {
			return List.of();
		}
		return COMMON_HEADERS.stream().flatMap(header -> HostileText.all().stream().map(text -> {
			String value = (header.equals("Authorization") ? "Bearer " : "") + text.asHeaderValue();
			return op.plausible(RAW_HEADER, header + " " + text, Map.of(header, value)).refusedIf(text.control());
		})).toList();
	}

	private List<Case> oversized(Op op) {
		return List.of(op.plausible(HUGE_HEADER, "20 KB header", Map.of("X-Filler", "x".repeat(OVERSIZED_HEADER))),
				op.withPath(op.path + "?filler=" + "x".repeat(OVERSIZED_QUERY)).plausible(HUGE_QUERY, "100 KB query"));
	}

	private List<Case> jsonBodies(Op op) {
		JsonNode schema = op.bodySchema("application/json");
		if (schema == null) {
			return List.of();
		}
		List<Case> cases = new ArrayList<>();
		BAD_JSON.forEach(json -> cases.add(op.json(MALFORMED, json, json.getBytes(StandardCharsets.UTF_8))));
		cases.add(op.json(MALFORMED, "empty body", new byte[0]));
		cases.add(op.json(MALFORMED, "bad UTF-8", badUtf8(op)));
		cases.addAll(wrongContentTypes(op));
		cases.addAll(wrongProperties(op, schema));
		return cases;
	}

	private List<Case> wrongContentTypes(Op op) {
		byte[] body = op.plausibleBody();
		return Stream
			.of("text/plain", "application/xml", "application/json; charset=klingon",
					"application/x-www-form-urlencoded", "multipart/form-data", "garbage/")
			.map(type -> op.send(CONTENT_TYPE, type, bearer(token), type, body))
			.toList();
	}

	/**
	 * Each property with values of the wrong type; each text property with every hostile
	 * text and 1 MB; each number with extreme numbers; each time with far-future dates.
	 */
	private List<Case> wrongProperties(Op op, JsonNode schema) {
		List<Case> cases = new ArrayList<>();
		values.resolve(schema).path("properties").properties().forEach(property -> {
			String name = property.getKey();
			JsonNode propertySchema = property.getValue();
			values.wrong(propertySchema)
				.forEach(
						wrong -> cases.add(op.json(WRONG_TYPE, name + "=" + wrong, withProperty(schema, name, wrong))));
			if (values.isString(propertySchema)) {
				HostileText.all()
					.forEach(text -> cases
						.add(op.json(text.kind(), name + " " + text.name(), withText(schema, name, text))
							.expecting(Expect.BAD_REQUEST)));
				if (random.nextInt(3) == 0) {
					cases.add(op.json(HUGE_TEXT, name + " of 1 MB",
							withProperty(schema, name, JSON.getNodeFactory().stringNode(HostileValues.ONE_MEGABYTE))));
				}
			}
			if (values.isInteger(propertySchema)) {
				HostileValues.EXTREME_NUMBERS
					.forEach(n -> cases.add(op.json(EXTREME_NUMBER, name + "=" + n, withProperty(schema, name, n))));
			}
			if (values.isDateTime(propertySchema)) {
				HostileValues.FAR_FUTURE_DATES
					.forEach(d -> cases.add(op.json(FAR_FUTURE, name + "=" + d, withProperty(schema, name, d))
						.expecting(Expect.BAD_REQUEST_OR_SUCCESS)));
			}
		});
		ObjectNode unknown = ((ObjectNode) values.plausible(schema)).put("no_such_field_" + garbage(4), 1);
		cases.add(op.json(UNKNOWN_PROPERTY, "unknown property", bytes(unknown)));
		return cases;
	}

	private byte[] withProperty(JsonNode schema, String name, JsonNode value) {
		return bytes(((ObjectNode) values.plausible(schema)).set(name, value));
	}

	/**
	 * The plausible body with the text in one property, byte for byte: JSON escapes for
	 * controls and surrogates, raw bytes that are not UTF-8.
	 */
	private byte[] withText(JsonNode schema, String name, HostileText text) {
		byte[] body = bytes(((ObjectNode) values.plausible(schema)).put(name, MARKER));
		return replace(body, MARKER.getBytes(StandardCharsets.US_ASCII), text.json());
	}

	private List<Case> multipartBodies(Op op) {
		JsonNode schema = op.bodySchema("multipart/form-data");
		if (schema == null) {
			return List.of();
		}
		String boundary = "hostile" + garbage(8);
		String type = "multipart/form-data; boundary=" + boundary;
		String auth = bearer(token);
		List<Case> cases = new ArrayList<>(List.of(
				op.send(MULTIPART, "without boundary", auth, "multipart/form-data", "--x\r\n".getBytes()),
				op.send(MULTIPART, "truncated", auth, type,
						("--" + boundary + "\r\nContent-Disposition: form-da").getBytes(StandardCharsets.UTF_8)),
				op.send(MULTIPART, "bad visibility", auth, type, form(boundary, "visibility", utf8("NOPE"))),
				op.send(HUGE_TEXT, "1 MB body field", auth, type,
						form(boundary, "body", utf8(HostileValues.ONE_MEGABYTE))),
				op.send(MULTIPART, "nameless file", auth, type, file(boundary, "", "application/octet-stream")),
				op.send(MULTIPART, "file without type", auth, type, file(boundary, "a.txt", ""))));
		values.resolve(schema).path("properties").properties().forEach(part -> {
			boolean text = !HostileValues.typeOf(values.resolve(part.getValue()), "").equals("array");
			if (text) {
				HostileText.all()
					.forEach(
							hostile -> cases
								.add(op
									.send(hostile.kind(), part.getKey() + " part " + hostile.name(), auth, type,
											form(boundary, part.getKey(), hostile.raw()))
									.refusedIf(hostile.control())));
			}
		});
		return cases;
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

	private static byte[] form(String boundary, String name, byte[] value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"));
		out.writeBytes(value);
		out.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
		return out.toByteArray();
	}

	private static byte[] file(String boundary, String fileName, String contentType) {
		String type = contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n";
		return utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\n" + type + "\r\nbytes\r\n--" + boundary + "--\r\n");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] replace(byte[] bytes, byte[] target, byte[] replacement) {
		String latin = new String(bytes, StandardCharsets.ISO_8859_1);
		String replaced = latin.replace(new String(target, StandardCharsets.ISO_8859_1),
				new String(replacement, StandardCharsets.ISO_8859_1));
		return replaced.getBytes(StandardCharsets.ISO_8859_1);
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

		/**
		 * The same operation on rows that exist where the test made one of that
		 * collection ({@code /users/{id}/tokens} on a real user), elsewhere on ids that
		 * do not.
		 */
		Op onExistingRows() {
			Matcher parameter = Pattern.compile("/([^/{}]+)/\\{[^}]+}").matcher(template);
			StringBuilder real = new StringBuilder();
			while (parameter.find()) {
				Long id = existing.get(parameter.group(1));
				parameter.appendReplacement(real, "/" + parameter.group(1) + "/" + (id == null ? NO_SUCH_ID : id));
			}
			parameter.appendTail(real);
			return withPath(real.toString());
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

		Case withParameter(String kind, JsonNode parameter, String value) {
			String name = parameter.path("name").asString();
			String label = name + "=" + (value.length() > 20 ? value.length() + " chars" : value);
			if (parameter.path("in").asString().equals("header")) {
				return plausible(kind, label, Map.of(name, value));
			}
			// A value starting with % is sent as it is: percent-encoded bytes that are
			// not UTF-8.
			String encoded = value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
			return withPath(path + "?" + name + "=" + encoded).plausible(kind, label);
		}

		/**
		 * In a query the text must be refused (a control, or bytes that are not UTF-8); a
		 * header's bytes are read as ISO-8859-1, so only its controls must be.
		 */
		Case withHostileParameter(JsonNode parameter, HostileText text) {
			String name = parameter.path("name").asString();
			String label = name + " " + text.name();
			if (parameter.path("in").asString().equals("header")) {
				return plausible(RAW_HEADER, label, Map.of(name, text.asHeaderValue())).refusedIf(text.control());
			}
			return withPath(path + "?" + name + "=" + text.percentEncoded()).plausible(text.kind(), label)
				.expecting(Expect.BAD_REQUEST);
		}

		/**
		 * The plausible body, if the operation takes one, with one thing wrong elsewhere.
		 */
		Case plausible(String kind, String label) {
			return plausible(kind, label, Map.of());
		}

		private Case plausible(String kind, String label, Map<String, String> headers) {
			byte[] body = plausibleBody();
			String type = body.length == 0 ? null : "application/json";
			return new Case(kind, label, method, path, headers.containsKey("Authorization") ? null : bearer(token),
					type, headers, body, Expect.NO_SERVER_ERROR);
		}

		Case json(String kind, String label, byte[] body) {
			return send(kind, label, bearer(token), "application/json", body);
		}

		Case send(String kind, String label, @Nullable String authorization, @Nullable String contentType,
				byte[] body) {
			return new Case(kind, label, method, path, authorization, contentType, Map.of(), body,
					Expect.NO_SERVER_ERROR);
		}

	}

}
