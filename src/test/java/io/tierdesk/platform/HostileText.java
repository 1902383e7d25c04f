package io.tierdesk.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that is not plain text, in the form each way into the application carries it: raw
 * bytes (a multipart field, a header, percent-encoded in a query) and the inside of a
 * JSON string.
 *
 * @param kind the class of input it belongs to in the report
 * @param control a control character: refused wherever it arrives. The others (lone
 * surrogates, bytes that are not UTF-8) are refused where text must be UTF-8 (JSON, a
 * query); a multipart field or a header decodes them to other characters instead.
 */
record HostileText(String kind, String name, byte[] raw, byte[] json, boolean control) {

	static final String NUL = "NUL in text";

	static final String CONTROL = "C0 control in text";

	static final String SURROGATE = "lone surrogate in text";

	static final String NOT_UTF8 = "invalid UTF-8 bytes in text";

	static List<HostileText> all() {
		List<HostileText> all = new ArrayList<>();
		all.add(control(NUL, 0x00));
		for (int c : new int[] { 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F }) {
			all.add(control(CONTROL, c));
		}
		all.add(surrogate("\\uD800", 0xED, 0xA0, 0x80));
		all.add(surrogate("\\uDFFF", 0xED, 0xBF, 0xBF));
		for (int[] bytes : new int[][] { { 0xC3, 0x28 }, { 0xFF, 0xFE }, { 0xC0, 0x80 }, { 0xF5, 0x80, 0x80, 0x80 } }) {
			byte[] raw = wrapped(bytes);
			all.add(new HostileText(NOT_UTF8, hex(bytes), raw, raw, false));
		}
		return all;
	}

	/** As the value of a header: each byte one ISO-8859-1 character, sent as it is. */
	String asHeaderValue() {
		return new String(raw, StandardCharsets.ISO_8859_1);
	}

	/** As a query parameter value: every byte percent-encoded. */
	String percentEncoded() {
		StringBuilder encoded = new StringBuilder();
		for (byte b : raw) {
			encoded.append('%').append(String.format("%02X", b & 0xFF));
		}
		return encoded.toString();
	}

	@Override
	public String toString() {
		return kind + " " + name;
	}

	private static HostileText control(String kind, int c) {
		String escaped = String.format("a\\u%04Xb", c);
		return new HostileText(kind, String.format("U+%04X", c), wrapped(new int[] { c }),
				escaped.getBytes(StandardCharsets.US_ASCII), true);
	}

	/** Escaped in JSON; raw, the bytes UTF-8 would give a surrogate if it allowed one. */
	private static HostileText surrogate(String escaped, int... bytes) {
		return new HostileText(SURROGATE, escaped, wrapped(bytes),
				("a" + escaped + "b").getBytes(StandardCharsets.US_ASCII), false);
	}

	private static byte[] wrapped(int[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write('a');
		for (int b : bytes) {
			out.write(b);
		}
		out.write('b');
		return out.toByteArray();
	}

	private static String hex(int[] bytes) {
		StringBuilder hex = new StringBuilder();
		for (int b : bytes) {
			hex.append(String.format("%02X ", b));
		}
		return hex.toString().strip();
	}

}
