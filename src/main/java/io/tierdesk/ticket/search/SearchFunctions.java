package io.tierdesk.ticket.search;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * PostgreSQL's full-text operators as functions a criteria query can call, on a document
 * of {@link TicketSearchDocument}. Registered on PostgreSQL only; on H2
 * {@link TicketTextSearch} uses LIKE. The query is a bound parameter, read by
 * {@code websearch_to_tsquery}, which never fails on any input.
 */
public class SearchFunctions implements FunctionContributor {

	static final String MATCHES = "tierdesk_matches";

	static final String RANK = "tierdesk_rank";

	private static final String QUERY = "websearch_to_tsquery('simple', ?2)";

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		if (!(contributions.getDialect() instanceof PostgreSQLDialect)) {
			return;
		}
		var registry = contributions.getFunctionRegistry();
		var types = contributions.getTypeConfiguration().getBasicTypeRegistry();
		registry.registerPattern(MATCHES, "(?1 @@ " + QUERY + ")", types.resolve(StandardBasicTypes.BOOLEAN));
		registry.registerPattern(RANK, "ts_rank(?1, " + QUERY + ")", types.resolve(StandardBasicTypes.DOUBLE));
	}

}
