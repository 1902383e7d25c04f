package io.tierdesk.sla.policy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

	List<SlaPolicy> findAllByOrderByPosition();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	List<SlaPolicy> findByCalendarIdOrderByPosition(long calendarId);

}
