/**
 * The holiday table for the administrator, and the office calendar built from it ({@link
 * WorkingCalendar}, cached for the request engine and reloaded when the table changes), and the SLA
 * monitoring of open steps ({@link SlaScan}, run every minute by {@link SlaMonitoring}).
 */
package th.go.sesaoret.servicedesk.sla.application;
