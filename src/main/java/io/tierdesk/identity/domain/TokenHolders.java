package io.tierdesk.identity.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.tierdesk.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds who holds an API token with one plain SQL statement. It runs before every API
 * request, where Hibernate's query pipeline cost a sixth of the request's CPU in a
 * profile (docs/benchmarks.md); the result is a record, not an entity, so there is
 * nothing for an ORM to manage.
 */
@Component
public class TokenHolders {

	private static final String BY_DIGEST = """
			select u.id, u.email, u.name, u.role, u.organisation_id, coalesce(o.shares_tickets, false) as shares,
			       t.expires_at, t.revoked_at
			from api_token t
			join app_user u on u.id = t.user_id
			left join organisation o on o.id = u.organisation_id
			where t.digest = ? and u.active = true
			""";

	private final JdbcClient jdbc;

	TokenHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TokenHolder> byDigest(String digest) {
		return jdbc.sql(BY_DIGEST)
			.param(digest)
			.query((rs, row) -> new TokenHolder(rs.getLong(1), rs.getString(2), rs.getString(3),
					Role.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getBoolean(6),
					instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class))))
			.optional();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
