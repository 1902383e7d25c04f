package io.tierdesk.platform;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code tierdesk.*} settings (README lists them). Also bound from the environment
 * ({@code TIERDESK_DEMO=true}).
 */
@ConfigurationProperties("tierdesk")
public record TierdeskProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo,
		@DefaultValue Bootstrap bootstrap, @DefaultValue Attachments attachments, @DefaultValue SignIn signIn) {

	/** The first admin, created only while the database has no user. */
	public record Bootstrap(@DefaultValue("admin@tierdesk.local") String adminEmail, @Nullable String adminPassword,
			@Nullable String adminToken) {
	}

	public record Attachments(@DefaultValue("25MB") DataSize maxSize) {
	}

	/**
	 * Lockout after repeated failed sign-ins: {@code maxFailures} in a row lock the
	 * account for {@code lockMinutes}.
	 */
	public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("15") int lockMinutes) {
	}

	public Path attachmentDir() {
		return dataDir.resolve("attachments");
	}

}
