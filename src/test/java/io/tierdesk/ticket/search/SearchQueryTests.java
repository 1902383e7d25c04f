package io.tierdesk.ticket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTests {

	@ParameterizedTest
	@ValueSource(strings = { "TD-1042", "td-1042", "1042", " 1042 ", "TD 1042" })
	void aTicketNumberIsRecognised(String typed) {
		assertThat(SearchQuery.parse(typed).ticketNumber()).isEqualTo(1042L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "printer 1042", "TD-", "TD-10a", "99999999999999999999", "-1042" })
	void otherTextIsNoTicketNumber(String typed) {
		assertThat(SearchQuery.parse(typed).ticketNumber()).isNull();
	}

	@Test
	void wordsAreLowerCaseAndKeepEmailsAndHostNamesWhole() {
		var query = SearchQuery.parse("Printer on SRV-12.corp jammed, ask bob@example.org");

		assertThat(query.words()).containsExactly("printer", "on", "srv-12.corp", "jammed", "ask", "bob@example.org");
		assertThat(query.text()).isEqualTo("printer on srv-12.corp jammed ask bob@example.org");
	}

	@Test
	void phrasesExclusionsAndOrAreRebuiltFromWordsOnly() {
		var query = SearchQuery.parse("\"paper jam\" -toner or scanner");

		assertThat(query.text()).isEqualTo("\"paper jam\" -toner or scanner");
		assertThat(query.words()).containsExactly("paper", "jam", "scanner");
		assertThat(query.excluded()).containsExactly("toner");
	}

	@Test
	void anUnclosedQuoteClosesAtTheEnd() {
		assertThat(SearchQuery.parse("\"paper jam").text()).isEqualTo("\"paper jam\"");
	}

	@Test
	void operatorsSqlAndHtmlBecomePlainWords() {
		var query = SearchQuery.parse("'; drop table ticket; -- <script>alert(1)</script> a & b | !c :* \\ % _");

		assertThat(query.text()).isEqualTo("drop table ticket script alert 1 script a b c");
		assertThat(query.text()).doesNotContain("'", ";", "<", "&", "|", "!", ":", "\\", "%");
	}

	@Test
	void onlySymbolsLeaveNothingToSearch() {
		var query = SearchQuery.parse("!!! ''' <> && -- \" \u0000");

		assertThat(query.hasWords()).isFalse();
		assertThat(query.ticketNumber()).isNull();
	}

	@Test
	void tenThousandCharactersAreSearchedByTheirFirstWords() {
		var query = SearchQuery.parse("word ".repeat(2000));

		assertThat(query.words()).hasSize(SearchQuery.MAX_WORDS);
		assertThat(query.shortened()).isTrue();
		assertThat(SearchQuery.parse("x".repeat(10_000)).words())
			.containsExactly("x".repeat(SearchQuery.MAX_WORD_LENGTH));
	}

	@Test
	void anyAlphabetIsWords() {
		assertThat(SearchQuery.parse("Drucker kaputt — принтер 打印机 🖨").words())
			.isEqualTo(List.of("drucker", "kaputt", "принтер", "打印机"));
	}

	@Test
	void nothingTypedIsNothingToSearch() {
		assertThat(SearchQuery.parse(null).hasWords()).isFalse();
		assertThat(SearchQuery.parse("   ").hasWords()).isFalse();
	}

}
