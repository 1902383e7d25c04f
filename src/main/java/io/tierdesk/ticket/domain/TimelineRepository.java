package io.tierdesk.ticket.domain;

import java.util.Collection;
import java.util.List;

import io.tierdesk.ticket.Visibility;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

	@EntityGraph(attributePaths = "message")
	@Query("select e from TimelineEntry e where e.ticket.id = :ticketId and e.visibility in :visible order by e.id")
	List<TimelineEntry> findVisible(long ticketId, Collection<Visibility> visible);

}
