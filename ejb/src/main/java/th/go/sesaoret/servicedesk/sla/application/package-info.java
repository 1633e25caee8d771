/**
 * The holiday table for the administrator, and the office calendar built from it ({@link
 * WorkingCalendar}, cached for the request engine and reloaded when the table changes).
 */
package th.go.sesaoret.servicedesk.sla.application;
