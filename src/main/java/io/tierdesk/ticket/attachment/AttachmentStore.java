package io.tierdesk.ticket.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.tierdesk.platform.Problem;
import io.tierdesk.platform.TierdeskProperties;
import io.tierdesk.ticket.UploadedFile;
import io.tierdesk.ticket.domain.StoredFile;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes under {@code <data-dir>/attachments}, outside the web root,
 * named by a random key (never by the client's file name). The size limit is enforced
 * while streaming, the type is sniffed from the content, and a file whose command fails
 * is removed again.
 */
@Component
public class AttachmentStore {

	private final Path root;

	private final FileLimit limit;

	private final ContentSniffer sniffer;

	AttachmentStore(TierdeskProperties properties, FileLimit limit, ContentSniffer sniffer) {
		this.root = properties.dataDir().resolve("attachments").toAbsolutePath().normalize();
		this.limit = limit;
		this.sniffer = sniffer;
	}

	/**
	 * Receives and checks the files before any database transaction opens (a slow upload
	 * never holds a connection), then lets {@code record} write what refers to them. When
	 * {@code record} fails, its transaction rolled back and the files go again: a failed
	 * command leaves no file behind. (A crash between the two leaves an orphan file that
	 * nothing refers to and nothing serves, never a row without its file.)
	 */
	public <T> T receive(List<UploadedFile> uploads, Function<List<StoredFile>, T> record) {
		List<StoredFile> received = new ArrayList<>();
		try {
			for (UploadedFile upload : uploads) {
				received.add(store(upload));
			}
			return record.apply(List.copyOf(received));
		}
		catch (RuntimeException ex) {
			received.forEach(this::delete);
			throw ex;
		}
	}

	private StoredFile store(UploadedFile upload) {
		String fileName = FileNames.clean(upload.originalName());
		if (!limit.admits(upload.size())) {
			throw tooLarge(fileName, upload.size());
		}
		try {
			Files.createDirectories(root);
			Path temp = Files.createTempFile(root, "upload-", ".part");
			try {
				String sha256 = copyWithLimit(upload, temp, fileName);
				String contentType = sniffer.detect(temp, fileName);
				String key = UUID.randomUUID().toString();
				Files.move(temp, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
				return new StoredFile(fileName, contentType, Files.size(root.resolve(key)), key, sha256);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store attachment " + fileName, ex);
		}
	}

	public Path pathOf(String storageKey) {
		Path path = root.resolve(storageKey).normalize();
		if (!path.startsWith(root)) {
			throw new Problem.NotFound("Attachment");
		}
		return path;
	}

	private String copyWithLimit(UploadedFile upload, Path target, String fileName) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = upload.open();
				OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				total += n;
				if (!limit.admits(total)) {
					throw tooLarge(fileName, Math.max(total, upload.size()));
				}
				out.write(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private void delete(StoredFile file) {
		try {
			Files.deleteIfExists(root.resolve(file.storageKey()));
		}
		catch (IOException ex) {
			// An orphan file is harmless: nothing refers to it and it is never served.
		}
	}

	private Problem tooLarge(String fileName, long bytes) {
		return new Problem.TooLarge(limit.refusal(fileName, bytes));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
