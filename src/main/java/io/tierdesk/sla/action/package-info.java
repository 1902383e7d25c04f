/** What each policy does at the warning and at the breach. */
@org.jspecify.annotations.NullMarked
package io.tierdesk.sla.action;
