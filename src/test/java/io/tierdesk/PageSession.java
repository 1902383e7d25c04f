package io.tierdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for integration tests of the web pages over real HTTP: a
 * cookie jar (the session), the CSRF token of the last page read, forms posted as a
 * browser posts them. Redirects are not followed, so a test sees where a form sends the
 * user.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern
		.compile("name=\"(?:_csrf|csrf-token)\"\\s+(?:value|content)=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf = "";

	public PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in through the sign-in form; fails the test when it does not work. */
	public PageSession signIn(String email, String password) {
		get("/sign-in");
		Page signedIn = post("/sign-in", Map.of("username", email, "password", password));
		assertThat(signedIn.location()).as("signed in as %s", email).doesNotContain("/sign-in");
		return this;
	}

	/** A cookie the page's script would set, such as the browser's time zone. */
	public PageSession withCookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base), cookie);
		return this;
	}

	public Page get(String path) {
		Page page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		Matcher token = CSRF.matcher(page.html());
		if (token.find()) {
			csrf = token.group(1);
		}
		return page;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public Page post(String path, Map<String, String> fields) {
		return post(path, List.copyOf(fields.entrySet()));
	}

	/**
	 * Posts a form whose fields may repeat (rows of a table), in order, as a browser
	 * sends them.
	 */
	public Page post(String path, List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> form = new ArrayList<>(fields);
		form.add(Map.entry("_csrf", csrf));
		String body = form.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts a form as multipart/form-data, as a form with a file field sends it: the
	 * fields, then one file under {@code files}.
	 */
	public Page postWithFile(String path, Map<String, String> fields, String fileName, byte[] content) {
		String boundary = "----tierdesk" + java.util.UUID.randomUUID();
		var body = new java.io.ByteArrayOutputStream();
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf);
		form.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A response: its status, where it redirects (or ""), and its HTML. */
	public record Page(int status, String location, String html) {

		public String title() {
			Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(html);
			return title.find() ? title.group(1) : "";
		}

	}

}
