package io.tierdesk.identity;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The records that cross the users API: commands in, views out. */
public final class UserViews {

	/** Limits of the users API, which the admin pages' forms share. */
	public static final int EMAIL_MAX = 320;

	public static final int NAME_MAX = 200;

	public static final int PASSWORD_MAX = 200;

	public static final int TOKEN_NAME_MAX = 200;

	private UserViews() {
	}

	public record NewUser(@NotBlank @Email @Size(max = EMAIL_MAX) String email,
			@NotBlank @Size(max = NAME_MAX) String name, @NotNull Role role, @Nullable List<Long> teams,
			@Nullable @Size(max = PASSWORD_MAX) String password, @Nullable Long organisationId) {
	}

	/** A partial update; absent fields stay as they are. */
	public record UserChange(@Nullable Long version, @Nullable @Size(min = 1, max = NAME_MAX) String name,
			@Nullable Role role, @Nullable Boolean active, @Nullable Long organisationId) {
	}

	public record UserView(long id, String email, String name, Role role, @Nullable Long organisationId, boolean active,
			List<Long> teams, Instant createdAt, long version) {
	}

	public record NewToken(@NotBlank @Size(max = TOKEN_NAME_MAX) String name, @Nullable Instant expiresAt) {
	}

	/** The only time the secret is ever shown. */
	public record MintedToken(long id, String name, String token, @Nullable Instant expiresAt) {
	}

	public record TokenView(long id, long userId, String name, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant revokedAt) {
	}

}
