package io.tierdesk.sla.contract;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaContractRepository extends JpaRepository<SlaContract, Long> {

	List<SlaContract> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

}
