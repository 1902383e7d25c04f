/**
 * A believable desk for newcomers and screenshots: with {@code tierdesk.demo=true}, the
 * first start seeds organisations, tiered and swarm teams, agents, requesters, categories
 * business calendars and 200 tickets with conversations and timelines, through the same
 * module APIs a user would go through. Seeds once: a marker row stops it on restart.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "ticket", "sla" })
@org.jspecify.annotations.NullMarked
package io.tierdesk.demo;
