package io.tierdesk.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what no client library sends: control and non-ASCII
 * bytes in the request line or a header. The request line and headers are written byte
 * for byte (ISO-8859-1); the connection is closed after the answer.
 */
final class RawHttp {

	/**
	 * What came back: the status, the Content-Type header ("" when none), the body as
	 * sent.
	 */
	record Answer(int status, String contentType, String body) {
	}

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	Answer send(String method, String path, Map<String, String> headers, byte[] body) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
			}
			catch (IOException refusedWhileSending) {
				// The server may answer and close before reading all of it; read its
				// answer.
			}
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path, ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		return all.toByteArray();
	}

	private static Answer parse(byte[] response) {
		String text = new String(response, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
		String[] statusLine = lines[0].split(" ");
		int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
		return new Answer(status, header(lines, "content-type"), end < 0 ? "" : text.substring(end + 4));
	}

	private static String header(String[] lines, String name) {
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0 && lines[i].substring(0, colon).toLowerCase(Locale.ROOT).equals(name)) {
				return lines[i].substring(colon + 1).strip();
			}
		}
		return "";
	}

}
