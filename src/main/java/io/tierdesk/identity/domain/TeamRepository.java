package io.tierdesk.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.tierdesk.identity.TeamSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByNameIgnoreCase(String name);

	/** Summaries for ticket views and lists, without loading teams as entities. */
	@Query("select new io.tierdesk.identity.TeamSummary(t.id, t.name, t.model, t.tier) from Team t where t.id in :ids")
	List<TeamSummary> findSummaries(Collection<Long> ids);

	@Query("select t from Team t where :userId member of t.members order by t.name")
	List<Team> findByMember(long userId);

}
