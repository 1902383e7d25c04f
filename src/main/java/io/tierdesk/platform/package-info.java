/**
 * Shared plumbing only: the {@link java.time.Clock}, problem+json mapping of the error
 * types every module throws, the page envelope of lists, OpenAPI and the
 * {@code tierdesk.*} configuration. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package io.tierdesk.platform;
