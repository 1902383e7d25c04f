package io.tierdesk.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByDigest(String digest);

	/** Who holds a token, in one query: it runs on every API request. */
	@Query("""
			select new io.tierdesk.identity.domain.TokenHolder(u.id, u.email, u.name, u.role, u.organisationId,
			  coalesce(o.sharesTickets, false), t.expiresAt, t.revokedAt)
			from ApiToken t join UserAccount u on u.id = t.userId left join Organisation o on o.id = u.organisationId
			where t.digest = :digest and u.active = true
			""")
	Optional<TokenHolder> findHolder(String digest);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

}
