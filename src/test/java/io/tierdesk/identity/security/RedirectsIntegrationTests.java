package io.tierdesk.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.platform.ReliabilityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No redirect repeats the {@code Host} a client sent (issue 9): a forged Host would turn
 * Tierdesk's own redirects into links to another site (cache poisoning, password-reset
 * style phishing). Every {@code Location} is a path on this server. Sent over a raw
 * socket, because Java's HTTP client does not let a caller set {@code Host}.
 */
class RedirectsIntegrationTests extends ApiTestSupport {

	private static final Pattern LOCATION = Pattern.compile("(?im)^Location: *(\\S*)");

	private static final ReliabilityReport REPORT = new ReliabilityReport("headers");

	@AfterAll
	static void figuresInTheReliabilityReport() {
		REPORT.check();
	}

	@ParameterizedTest
	@CsvSource({ "GET,/,", "GET,/desk,", "GET,/admin/users,", "GET,/tickets/1,", "GET,/portal?page=2," })
	void everyRedirectIsAPathOnThisServerWhateverTheHost(String method, String path, String form) {
		String answer = send(method, path, form == null ? "" : form);

		Matcher location = LOCATION.matcher(answer);
		boolean aPath = location.find() && location.group(1).startsWith("/") && !location.group(1).startsWith("//");
		REPORT.record("redirect with a forged Host: Location is a path", 1, aPath ? 0 : 1);
		location.reset();
		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(location.find()).as(answer).isTrue();
		assertThat(location.group(1)).startsWith("/").doesNotStartWith("//").doesNotContain("evil.example");
	}

	private String send(String method, String path, String form) {
		String request = method + " " + path + " HTTP/1.1\r\nHost: evil.example:666\r\nConnection: close\r\n"
				+ (form.isEmpty() ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
						+ form.length() + "\r\n")
				+ "\r\n" + form;
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			var answer = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(answer);
			return answer.toString(StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
