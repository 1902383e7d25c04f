package io.tierdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Static assets are fingerprinted, cached for a year and compressed; pages are never
 * stored (issue 10): a returning agent's browser loads no stylesheet or script again
 * until one changes, and never shows a stale page from its cache.
 */
class StaticAssetsIntegrationTests extends ApiTestSupport {

	private static final Pattern ASSET = Pattern
		.compile("(?:href|src)=\"(/(?:css|js)/tierdesk-[0-9a-f]{32}\\.(?:css|js))\"");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void pagesLinkFingerprintedAssetsCachedForAYearAndCompressed() throws Exception {
		HttpResponse<String> page = get("/sign-in");
		Matcher assets = ASSET.matcher(page.body());

		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		int found = 0;
		while (assets.find()) {
			found++;
			HttpResponse<String> asset = get(assets.group(1));
			assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
			assertThat(asset.headers().firstValue("Cache-Control")).as(assets.group(1))
				.hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
			// Below 1 KB gzip saves less than its own headers cost.
			if (asset.headers().firstValueAsLong("Content-Length").orElse(Long.MAX_VALUE) >= 1024) {
				assertThat(asset.headers().firstValue("Content-Encoding")).as(assets.group(1)).hasValue("gzip");
			}
		}
		assertThat(found).as("fingerprinted stylesheet and script on the page").isEqualTo(2);
		assertThat(get(assets.reset().find() ? assets.group(1) : "").headers().firstValue("Content-Encoding"))
			.as("the stylesheet (8 KB) is compressed")
			.hasValue("gzip");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.ISO_8859_1));
	}

}
