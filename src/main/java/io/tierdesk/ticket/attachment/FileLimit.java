package io.tierdesk.ticket.attachment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * The largest file a message may carry ({@code tierdesk.attachments.max-size}), in the
 * words the forms print beside their file field ("Up to 25 MB each") and the refusal
 * states ("Files can be up to 25 MB; report.zip is 31 MB.").
 */
@Component
public class FileLimit {

	private static final long KB = 1024;

	private static final long MB = KB * KB;

	private final long maxBytes;

	FileLimit(AttachmentSettings settings) {
		this.maxBytes = settings.maxSize().toBytes();
	}

	public long maxBytes() {
		return maxBytes;
	}

	public boolean admits(long bytes) {
		return bytes <= maxBytes;
	}

	public String hint() {
		return "Up to " + inWords(maxBytes) + " each";
	}

	public String refusal(String fileName, long bytes) {
		return "Files can be up to " + inWords(maxBytes) + "; " + fileName + " is " + inWords(bytes) + ".";
	}

	/**
	 * A size as people read it: whole megabytes when whole, else one decimal rounded up
	 * (a file just over the limit never reads as the limit itself); kilobytes below one
	 * megabyte.
	 */
	public static String inWords(long bytes) {
		if (bytes < MB) {
			return Math.max(1, (bytes + KB - 1) / KB) + " KB";
		}
		BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.CEILING);
		return mb.stripTrailingZeros().toPlainString() + " MB";
	}

}
