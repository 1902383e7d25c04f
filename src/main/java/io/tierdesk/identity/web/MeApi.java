package io.tierdesk.identity.web;

import java.time.ZoneId;
import java.util.List;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Passwords;
import io.tierdesk.identity.Passwords.PasswordChange;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.SignInBanners;
import io.tierdesk.identity.SignInBanners.Acceptance;
import io.tierdesk.identity.SignInBanners.BannerChange;
import io.tierdesk.identity.SignInBanners.BannerView;
import io.tierdesk.identity.TimeZonePreferences;
import io.tierdesk.identity.TimeZonePreferences.TimeZoneChoice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Me", description = "The caller, their password and time zone, and the sign-in banner")
class MeApi {

	private final SignInBanners banners;

	private final Passwords passwords;

	private final TimeZonePreferences timeZones;

	MeApi(SignInBanners banners, Passwords passwords, TimeZonePreferences timeZones) {
		this.banners = banners;
		this.passwords = passwords;
		this.timeZones = timeZones;
	}

	/**
	 * {@code timeZone}: the IANA zone the caller chose for the times pages show them;
	 * null when they follow their browser's. The API's own times stay ISO-8601 in UTC.
	 */
	record Me(long id, String email, String name, Role role, @Nullable Long organisationId, boolean mustAcceptBanner,
			@Nullable String timeZone) {
	}

	record AcceptBanner(@Min(1) int version) {
	}

	@GetMapping("/me")
	@Operation(summary = "The caller")
	Me me(Caller caller) {
		return new Me(caller.id(), caller.email(), caller.name(), caller.role(), caller.organisationId(),
				banners.mustAccept(caller.id()), timeZones.of(caller.id()).map(ZoneId::getId).orElse(null));
	}

	@PutMapping("/me/time-zone")
	@Operation(operationId = "chooseMyTimeZone",
			summary = "Choose the time zone pages show the caller times in (an IANA name; null or empty: the browser's)")
	Me chooseTimeZone(@Valid @RequestBody TimeZoneChoice choice, Caller caller) {
		timeZones.choose(choice, caller);
		return me(caller);
	}

	@GetMapping("/banner")
	@SecurityRequirements
	@Operation(summary = "The sign-in banner (no sign-in needed)")
	BannerView banner() {
		return banners.current();
	}

	@PutMapping("/banner")
	@Operation(summary = "Change the banner text or whether it must be accepted (admin)")
	BannerView changeBanner(@Valid @RequestBody BannerChange change, Caller caller) {
		return banners.change(change, caller);
	}

	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "changeMyPassword", summary = "Change the caller's password (the current one required)")
	void changePassword(@Valid @RequestBody PasswordChange change, Caller caller) {
		passwords.change(change, caller);
	}

	@PostMapping("/me/banner-acceptances")
	@Operation(summary = "Accept a version of the sign-in banner")
	Acceptance accept(@Valid @RequestBody AcceptBanner body, Caller caller) {
		return banners.accept(caller.id(), body.version());
	}

	@GetMapping("/me/banner-acceptances")
	@Operation(summary = "Which banner versions the caller accepted, and when")
	List<Acceptance> acceptances(Caller caller) {
		return banners.acceptancesOf(caller.id());
	}

}
