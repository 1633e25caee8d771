/**
 * The holiday table for the administrator, and the office calendar built from it ({@link
 * WorkingCalendar}, cached for the request engine and reloaded when the table changes). The SLA
 * scan of the request's steps is the request's ({@code request.application.SlaScan}): sla knows
 * nothing of requests.
 */
package th.go.sesaoret.servicedesk.sla.application;
