package io.tierdesk.ticket.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

	Optional<Category> findByPathIgnoreCase(String path);

	List<Category> findByNameIgnoreCase(String name);

	List<Category> findAllByOrderByPath();

}
