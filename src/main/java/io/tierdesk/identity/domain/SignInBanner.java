package io.tierdesk.identity.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The acceptable-use notice shown at sign-in (one row). Every change of its text raises
 * the version, so users who must accept it accept the new wording again.
 */
@Entity
public class SignInBanner {

	static final int THE_BANNER = 1;

	@Id
	private int id = THE_BANNER;

	private String text;

	private int version;

	private boolean acceptanceRequired;

	private Instant updatedAt;

	protected SignInBanner() {
		this.text = "";
		this.updatedAt = Instant.EPOCH;
	}

	public void change(String newText, boolean newAcceptanceRequired, Instant now) {
		if (!newText.equals(text)) {
			version++;
		}
		this.text = newText;
		this.acceptanceRequired = newAcceptanceRequired;
		this.updatedAt = now;
	}

	public String text() {
		return text;
	}

	public int version() {
		return version;
	}

	public boolean acceptanceRequired() {
		return acceptanceRequired;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
