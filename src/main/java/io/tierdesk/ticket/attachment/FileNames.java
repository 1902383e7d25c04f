package io.tierdesk.ticket.attachment;

import java.text.Normalizer;

/**
 * A client's file name made safe to store and to echo in a header: no path, no control
 * characters, bounded.
 */
final class FileNames {

	private static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	static String clean(String original) {
		String name = original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"]", "_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "attachment";
		}
		return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
	}

}
