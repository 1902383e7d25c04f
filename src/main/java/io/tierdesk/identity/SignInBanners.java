package io.tierdesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.tierdesk.identity.IdentityEvents.BannerAccepted;
import io.tierdesk.identity.domain.BannerAcceptance;
import io.tierdesk.identity.domain.BannerAcceptanceRepository;
import io.tierdesk.identity.domain.SignInBanner;
import io.tierdesk.identity.domain.SignInBannerRepository;
import io.tierdesk.platform.Problem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in banner (acceptable-use notice): reading, changing, and recording who
 * accepted which version.
 */
@Service
@Transactional
public class SignInBanners {

	private final SignInBannerRepository banners;

	private final BannerAcceptanceRepository acceptances;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInBanners(SignInBannerRepository banners, BannerAcceptanceRepository acceptances,
			ApplicationEventPublisher events, Clock clock) {
		this.banners = banners;
		this.acceptances = acceptances;
		this.events = events;
		this.clock = clock;
	}

	public record BannerView(String text, int version, boolean acceptanceRequired, Instant updatedAt) {
	}

	/** The longest banner text; the API and the admin page both refuse a longer one. */
	public static final int TEXT_MAX = 4000;

	public record BannerChange(@NotBlank @Size(max = TEXT_MAX) String text, boolean acceptanceRequired) {
	}

	public record Acceptance(int version, Instant acceptedAt) {
	}

	@Transactional(readOnly = true)
	public BannerView current() {
		return view(banners.theBanner());
	}

	public BannerView change(BannerChange change, Caller by) {
		Users.requireAdmin(by);
		SignInBanner banner = banners.theBanner();
		banner.change(change.text().strip(), change.acceptanceRequired(), clock.instant());
		return view(banner);
	}

	/** Whether this user must still accept the current banner before going on. */
	@Transactional(readOnly = true)
	public boolean mustAccept(long userId) {
		SignInBanner banner = banners.theBanner();
		return banner.acceptanceRequired()
				&& !acceptances.existsById(new BannerAcceptance.Key(userId, banner.version()));
	}

	/**
	 * Records acceptance of {@code version}, which must be the current one (an old page
	 * must not accept new text).
	 */
	public Acceptance accept(long userId, int version) {
		SignInBanner banner = banners.theBanner();
		if (version != banner.version()) {
			throw new Problem.Conflict("Banner changed",
					"The sign-in notice changed (now version " + banner.version() + "); read it again and accept.");
		}
		var key = new BannerAcceptance.Key(userId, version);
		BannerAcceptance acceptance = acceptances.findById(key).orElseGet(() -> {
			BannerAcceptance fresh = acceptances.save(new BannerAcceptance(userId, version, clock.instant()));
			events.publishEvent(new BannerAccepted(userId, version, fresh.acceptedAt()));
			return fresh;
		});
		return new Acceptance(acceptance.version(), acceptance.acceptedAt());
	}

	@Transactional(readOnly = true)
	public List<Acceptance> acceptancesOf(long userId) {
		return acceptances.findByKeyUserIdOrderByAcceptedAtDesc(userId)
			.stream()
			.map(a -> new Acceptance(a.version(), a.acceptedAt()))
			.toList();
	}

	private static BannerView view(SignInBanner banner) {
		return new BannerView(banner.text(), banner.version(), banner.acceptanceRequired(), banner.updatedAt());
	}

}
