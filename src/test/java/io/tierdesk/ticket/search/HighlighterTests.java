package io.tierdesk.ticket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.tierdesk.ticket.search.Highlighter.Piece;
import org.junit.jupiter.api.Test;

class HighlighterTests {

	@Test
	void marksTheWordsInAnyCaseWhereAWordStarts() {
		var pieces = new Highlighter(List.of("printer")).all("Printer offline; reprinter and printers");

		assertThat(pieces).containsExactly(new Piece("Printer", true), new Piece(" offline; reprinter and ", false),
				new Piece("printer", true), new Piece("s", false));
	}

	@Test
	void anExcerptIsAWindowAroundTheFirstWord() {
		String text = "lorem ".repeat(50) + "the toner is empty " + "ipsum ".repeat(50);

		List<Piece> excerpt = new Highlighter(List.of("toner")).excerpt(text);

		assertThat(excerpt).isNotNull();
		assertThat(excerpt.get(0)).isEqualTo(new Piece("…", false));
		assertThat(excerpt).contains(new Piece("toner", true));
		assertThat(excerpt.get(excerpt.size() - 1)).isEqualTo(new Piece("…", false));
		assertThat(String.join("", excerpt.stream().map(Piece::text).toList())).hasSizeLessThan(Highlighter.WIDTH + 3);
	}

	@Test
	void noExcerptWithoutTheWords() {
		assertThat(new Highlighter(List.of("toner")).excerpt("nothing here")).isNull();
		assertThat(new Highlighter(List.of()).excerpt("nothing here")).isNull();
	}

	@Test
	void markupInTheTextStaysTextInThePieces() {
		var pieces = new Highlighter(List.of("b")).all("<b>bold</b>");

		assertThat(String.join("", pieces.stream().map(Piece::text).toList())).isEqualTo("<b>bold</b>");
		assertThat(pieces).contains(new Piece("b", true));
	}

}
