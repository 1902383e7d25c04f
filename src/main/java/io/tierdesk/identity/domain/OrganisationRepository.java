package io.tierdesk.identity.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByNameIgnoreCase(String name);

	Optional<Organisation> findByDomain(String domain);

}
