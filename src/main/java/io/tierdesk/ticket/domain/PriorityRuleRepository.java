package io.tierdesk.ticket.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityRuleRepository extends JpaRepository<PriorityRule, PriorityRule.Cell> {

	default PriorityMatrix matrix() {
		return PriorityMatrix.of(findAll());
	}

}
