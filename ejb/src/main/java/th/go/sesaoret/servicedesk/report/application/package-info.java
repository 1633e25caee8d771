/**
 * The compliance report: per service and per step, what finished in a period against the manual's
 * standard, computed by the database; the requests behind each figure, paged; its exports.
 */
package th.go.sesaoret.servicedesk.report.application;
