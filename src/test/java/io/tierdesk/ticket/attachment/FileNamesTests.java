package io.tierdesk.ticket.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

	@Test
	void dropsAnyPathSoAFileCannotBeWrittenOrNamedOutsideItsFolder() {
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("C:\\Users\\rita\\report.pdf")).isEqualTo("report.pdf");
	}

	@Test
	void replacesControlCharactersAndQuotesThatWouldBreakAHeader() {
		assertThat(FileNames.clean("a\r\nb\".txt")).isEqualTo("a__b_.txt");
	}

	@Test
	void namesEmptyOrDotNamesAttachment() {
		assertThat(FileNames.clean("")).isEqualTo("attachment");
		assertThat(FileNames.clean("..")).isEqualTo("attachment");
	}

	@Test
	void keepsTheEndOfAVeryLongNameWithItsExtension() {
		assertThat(FileNames.clean("x".repeat(500) + ".png")).hasSize(200).endsWith(".png");
	}

}
