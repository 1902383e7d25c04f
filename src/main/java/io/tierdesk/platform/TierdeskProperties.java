package io.tierdesk.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shared {@code tierdesk.*} settings (README lists them). Also bound from the
 * environment ({@code TIERDESK_DEMO=true}). A module's own settings live in that module
 * ({@code tierdesk.sign-in.*} and {@code tierdesk.bootstrap.*} in identity,
 * {@code tierdesk.attachments.*} in ticket). {@code timeZone} is the zone pages use for a
 * viewer who chose none and whose browser did not say.
 */
@ConfigurationProperties("tierdesk")
public record TierdeskProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo,
		@DefaultValue("UTC") ZoneId timeZone) {

}
