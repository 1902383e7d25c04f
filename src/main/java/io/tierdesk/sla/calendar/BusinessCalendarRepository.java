package io.tierdesk.sla.calendar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BusinessCalendarRepository extends JpaRepository<BusinessCalendar, Long> {

	Optional<BusinessCalendar> findByNameIgnoreCase(String name);

	List<BusinessCalendar> findAllByOrderByNameAsc();

	@Query("select new io.tierdesk.sla.calendar.CalendarVersion(c.id, c.version) from BusinessCalendar c")
	List<CalendarVersion> findVersions();

}
