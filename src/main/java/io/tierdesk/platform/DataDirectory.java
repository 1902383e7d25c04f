package io.tierdesk.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Keeps {@code tierdesk.data-dir} private to the account Tierdesk runs as (issue 9): the
 * directory and its {@code db} folder are created owner-only (POSIX 700), and the
 * embedded database's files are made owner-only (600). A directory that already exists
 * keeps the permissions its operator gave it. Where the file system has no POSIX
 * permissions (Windows) nothing is changed.
 */
final class DataDirectory {

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private final Path root;

	DataDirectory(Path root) {
		this.root = root;
	}

	Path database() {
		return this.root.resolve("db");
	}

	/**
	 * Creates the data directory, and its {@code db} folder for the embedded database,
	 * owner-only where missing.
	 */
	void create(boolean embeddedDatabase) {
		createOwnerOnly(this.root);
		if (embeddedDatabase) {
			createOwnerOnly(database());
		}
	}

	/**
	 * Makes the files in the {@code db} folder readable and writable by the owner only.
	 */
	void restrictDatabaseFiles() {
		if (!POSIX || !Files.isDirectory(database())) {
			return;
		}
		try (Stream<Path> files = Files.list(database())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void createOwnerOnly(Path directory) {
		if (Files.isDirectory(directory)) {
			return;
		}
		try {
			if (POSIX) {
				Files.createDirectories(directory,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				Files.createDirectories(directory);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
