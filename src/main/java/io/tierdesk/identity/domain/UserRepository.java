package io.tierdesk.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.tierdesk.identity.Role;
import io.tierdesk.identity.UserSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	Optional<UserAccount> findFirstByRoleAndActiveTrueOrderByIdAsc(Role role);

	/**
	 * Summaries only, not entities: lists and ticket views need a name, and nothing to
	 * dirty-check at commit.
	 */
	@Query("select new io.tierdesk.identity.UserSummary(u.id, u.email, u.name) from UserAccount u where u.id in :ids")
	List<UserSummary> findSummaries(Collection<Long> ids);

	/** The chosen zone alone: read on every page that shows a time. */
	@Query("select u.timeZone from UserAccount u where u.id = :id")
	Optional<String> findTimeZone(long id);

	@Query("select u.id, u.role from UserAccount u where u.id in :ids")
	List<Object[]> findRoles(Collection<Long> ids);

	@Query("""
			select u from UserAccount u
			where (:q is null or lower(u.name) like :q or u.email like :q)
			and (:staffOnly = false or u.role <> io.tierdesk.identity.Role.REQUESTER)
			""")
	Page<UserAccount> search(String q, boolean staffOnly, Pageable pageable);

}
