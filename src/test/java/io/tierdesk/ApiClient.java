package io.tierdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for API tests: real requests over loopback, JSON bodies, one
 * caller's token.
 */
public final class ApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	public ApiClient(int port, String token) {
		this.base = "http://localhost:" + port;
		this.token = token;
	}

	public String token() {
		return token;
	}

	public ApiClient as(String otherToken) {
		return new ApiClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Response patch(String path, Object body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** Sends raw bytes with any content type: for malformed input tests. */
	public Response raw(String method, String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/**
	 * A multipart/form-data POST: text fields, then files as (name, content type, bytes)
	 * triples.
	 */
	public Response multipart(String path, List<String[]> fields, List<FilePart> files) {
		String boundary = "tierdesk-" + UUID.randomUUID();
		var out = new java.io.ByteArrayOutputStream();
		try {
			for (String[] field : fields) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
						+ field[1] + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			for (FilePart file : files) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
						+ file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				out.write(file.bytes());
				out.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return raw("POST", path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
	}

	public record FilePart(String name, String contentType, byte[] bytes) {
	}

	private HttpRequest.Builder request(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(base + path));
		if (token != null && !token.isEmpty()) {
			builder.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private static String json(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}

	private static Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes) {

		public JsonNode json() {
			return JSON.readTree(bytes);
		}

		public String text() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public List<String> list(String field) {
			List<String> values = new ArrayList<>();
			json().get("items").forEach(item -> values.add(item.get(field).asString()));
			return values;
		}

		@Override
		public String toString() {
			return status + " " + text();
		}

	}

}
