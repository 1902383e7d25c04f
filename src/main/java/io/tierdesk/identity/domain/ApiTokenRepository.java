package io.tierdesk.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByDigest(String digest);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

}
