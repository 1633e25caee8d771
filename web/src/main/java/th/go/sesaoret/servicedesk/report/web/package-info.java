/** The compliance report's page ({@code /report/compliance.xhtml}) and its downloads. */
package th.go.sesaoret.servicedesk.report.web;
