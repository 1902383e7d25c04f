package io.tierdesk.ticket.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import io.tierdesk.platform.Problem;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides a file's type from its bytes (Apache Tika), not from what the client claims,
 * and refuses programs and scripts: a service desk is a favourite way to deliver malware
 * to the people who fix computers.
 */
@Component
public class ContentSniffer {

	static final Set<String> FORBIDDEN = Set.of("application/x-msdownload", "application/x-dosexec",
			"application/x-executable", "application/x-mach-o-executable", "application/x-elf",
			"application/x-sharedlib", "application/x-sh", "application/x-bat", "application/x-msdos-program",
			"application/x-ms-installer", "application/x-msi", "application/vnd.microsoft.portable-executable",
			"text/x-vbscript", "application/x-powershell", "application/hta");

	/**
	 * Shown inline in the browser; everything else is only ever downloaded. SVG is not
	 * here: it can carry script.
	 */
	public static final Set<String> SAFE_INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	private final Tika tika = new Tika();

	String detect(Path file, String fileName) throws IOException {
		String type;
		try (InputStream in = Files.newInputStream(file)) {
			type = tika.detect(in, fileName);
		}
		if (FORBIDDEN.contains(type)) {
			throw new Problem.UnsupportedType(
					fileName + " is a program or script (" + type + "); such files cannot be attached. Zip it or "
							+ "share it another way if the desk asked for it.");
		}
		return type;
	}

}
