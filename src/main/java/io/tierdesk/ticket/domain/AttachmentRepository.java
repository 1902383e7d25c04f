package io.tierdesk.ticket.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	@Query("select a from Attachment a where a.message.id in :messageIds order by a.id")
	List<Attachment> findByMessages(Collection<Long> messageIds);

	@Query("select a from Attachment a join fetch a.message join fetch a.ticket where a.id = :id")
	Optional<Attachment> findWithMessage(long id);

}
