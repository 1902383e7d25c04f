package io.tierdesk.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shared {@code tierdesk.*} settings (README lists them). Also bound from the
 * environment ({@code TIERDESK_DEMO=true}). A module's own settings live in that module
 * ({@code tierdesk.sign-in.*} and {@code tierdesk.bootstrap.*} in identity,
 * {@code tierdesk.attachments.*} in ticket).
 */
@ConfigurationProperties("tierdesk")
public record TierdeskProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo) {

}
