/**
 * The persistent timers of warnings and breaches (db-scheduler on the application
 * database), the fired-once guard and what a deadline does when it fires.
 */
@org.jspecify.annotations.NullMarked
package io.tierdesk.sla.job;
