package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, operations: the data directory and the database files are the owner's only.
 */
class DataDirectoryTests {

	@TempDir
	Path parent;

	@Test
	void createsTheDataDirectoryAndItsDatabaseFolderOwnerOnly() throws IOException {
		var directory = new DataDirectory(this.parent.resolve("data"));

		directory.create(true);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.parent.resolve("data"))))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.database())))
			.isEqualTo("rwx------");
	}

	@Test
	void createsNoDatabaseFolderWhenTheDatabaseIsNotEmbedded() {
		var directory = new DataDirectory(this.parent.resolve("data"));

		directory.create(false);

		assertThat(this.parent.resolve("data")).isDirectory();
		assertThat(directory.database()).doesNotExist();
	}

	@Test
	void leavesAnExistingDataDirectoryAsItsOperatorSetIt() throws IOException {
		Path existing = Files.createDirectory(this.parent.resolve("data"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));

		new DataDirectory(existing).create(true);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rwxr-x---");
	}

	@Test
	void makesTheDatabaseFilesOwnerOnly() throws IOException {
		var directory = new DataDirectory(this.parent.resolve("data"));
		directory.create(true);
		Path file = Files.createFile(directory.database().resolve("tierdesk.mv.db"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

		directory.restrictDatabaseFiles();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

}
