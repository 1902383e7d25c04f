package io.tierdesk.identity.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignInBannerRepository extends JpaRepository<SignInBanner, Integer> {

	default SignInBanner theBanner() {
		return findById(SignInBanner.THE_BANNER).orElseThrow();
	}

}
