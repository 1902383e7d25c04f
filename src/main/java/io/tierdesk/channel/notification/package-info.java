/** The notification list: its table, the SLA listener that fills it, its header link. */
@org.jspecify.annotations.NullMarked
package io.tierdesk.channel.notification;
