/** The SLA module's REST API and pages. */
@org.jspecify.annotations.NullMarked
package io.tierdesk.sla.web;
