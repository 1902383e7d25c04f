package io.tierdesk.identity.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	@Query("""
			select u from UserAccount u
			where (:q is null or lower(u.name) like :q or u.email like :q)
			and (:staffOnly = false or u.role <> io.tierdesk.identity.Role.REQUESTER)
			""")
	Page<UserAccount> search(String q, boolean staffOnly, Pageable pageable);

}
