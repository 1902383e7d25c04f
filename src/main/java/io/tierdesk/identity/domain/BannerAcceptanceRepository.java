package io.tierdesk.identity.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BannerAcceptanceRepository extends JpaRepository<BannerAcceptance, BannerAcceptance.Key> {

	List<BannerAcceptance> findByKeyUserIdOrderByAcceptedAtDesc(long userId);

}
