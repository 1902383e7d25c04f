package io.tierdesk.identity.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import io.tierdesk.identity.Role;
import io.tierdesk.identity.UserSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in or on whose behalf tickets are raised. Emails are kept
 * lower-case, so they are unique as typed.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String email;

	private String name;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "organisation_id")
	private @Nullable Long organisationId;

	private @Nullable String passwordHash;

	private boolean active = true;

	private Instant createdAt;

	/** An IANA zone name, or null for "use my browser's". */
	@Column(name = "time_zone")
	private @Nullable String timeZone;

	@Version
	private long version;

	protected UserAccount() {
		this.email = "";
		this.name = "";
		this.role = Role.REQUESTER;
		this.createdAt = Instant.EPOCH;
	}

	public UserAccount(String email, String name, Role role, @Nullable Long organisationId, Instant createdAt) {
		this.email = normalise(email);
		this.name = name.strip();
		this.role = role;
		this.organisationId = organisationId;
		this.createdAt = createdAt;
	}

	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public void setPasswordHash(String hash) {
		this.passwordHash = hash;
	}

	public Role changeRole(Role newRole) {
		Role old = role;
		this.role = newRole;
		return old;
	}

	public void rename(String newName) {
		this.name = newName.strip();
	}

	public void moveToOrganisation(@Nullable Long newOrganisationId) {
		this.organisationId = newOrganisationId;
	}

	/** The zone pages show this person times in; null to follow their browser. */
	public void chooseTimeZone(@Nullable ZoneId zone) {
		this.timeZone = zone == null ? null : zone.getId();
	}

	public @Nullable String timeZone() {
		return timeZone;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("user not saved yet");
		}
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	public Role role() {
		return role;
	}

	public @Nullable Long organisationId() {
		return organisationId;
	}

	public @Nullable String passwordHash() {
		return passwordHash;
	}

	public boolean isActive() {
		return active;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public long version() {
		return version;
	}

	public UserSummary summary() {
		return new UserSummary(id(), email, name);
	}

}
