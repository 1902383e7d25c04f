package io.tierdesk.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: a session cookie, the CSRF token from the page's
 * {@code csrf-token} meta tag, forms sent as {@code application/x-www-form-urlencoded},
 * redirects not followed (so a refusal and a success can be told apart).
 */
final class PageSession {

	private static final Pattern CSRF = Pattern
		.compile("name=\"(?:_csrf|csrf-token)\"[^>]*(?:value|content)=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf = "";

	PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in with the form, as a person would; fails the test if refused. */
	PageSession signIn(String email, String password) {
		csrfFrom(get("/sign-in"));
		HttpResponse<String> signedIn = post("/sign-in", Map.of("username", email, "password", password));
		String next = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || next.contains("/sign-in")) {
			throw new IllegalStateException("sign-in refused: " + signedIn.statusCode() + " " + next);
		}
		// Signing in gives a new CSRF token; the start page sends each role on to its
		// own.
		csrfFrom(followed(get("/")));
		return this;
	}

	HttpResponse<String> get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
	}

	HttpResponse<String> get(String path, Map<String, String> query) {
		return get(query.isEmpty() ? path : path + "?" + encode(query));
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
		withToken.put("_csrf", csrf);
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(withToken))));
	}

	private HttpResponse<String> followed(HttpResponse<String> response) {
		HttpResponse<String> page = response;
		for (int hops = 0; hops < 3 && page.statusCode() / 100 == 3; hops++) {
			page = get(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath());
		}
		return page;
	}

	private void csrfFrom(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the page: " + page.statusCode());
		}
		csrf = token.group(1);
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
