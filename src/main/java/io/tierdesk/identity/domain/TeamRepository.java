package io.tierdesk.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByNameIgnoreCase(String name);

	@Query("select t from Team t where :userId member of t.members order by t.name")
	List<Team> findByMember(long userId);

}
