/** The notification page and API. */
@org.jspecify.annotations.NullMarked
package io.tierdesk.channel.web;
