/**
 * Intake and outbound: for now the desk's notification list, kept per person, with its
 * unread count in every page's header ({@link io.tierdesk.channel.Notifications}).
 * Listens to the SLA module's {@link io.tierdesk.sla.SlaWarningReached} and
 * {@link io.tierdesk.sla.SlaBreached}, which name the people the policy's actions chose,
 * and notifies each of them once. Email in and out, chat and monitoring alerts come here
 * later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "ticket", "sla" })
@org.jspecify.annotations.NullMarked
package io.tierdesk.channel;
