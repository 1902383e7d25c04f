package io.tierdesk.ticket.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.tierdesk.ticket.UploadedFile;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file from a multipart request (the API's or a page form's), before the ticket module
 * checks and stores it.
 */
public record MultipartUpload(MultipartFile file) implements UploadedFile {

	/**
	 * The files actually sent: a browser sends an empty, nameless part for a file input
	 * left empty.
	 */
	public static List<UploadedFile> of(@Nullable List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream()
					.filter(f -> !f.isEmpty() || !nameOf(f).isBlank())
					.<UploadedFile>map(MultipartUpload::new)
					.toList();
	}

	@Override
	public String originalName() {
		String name = nameOf(file);
		return name.isEmpty() ? "attachment" : name;
	}

	@Override
	public long size() {
		return file.getSize();
	}

	@Override
	public InputStream open() throws IOException {
		return file.getInputStream();
	}

	private static String nameOf(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null ? "" : name;
	}

}
