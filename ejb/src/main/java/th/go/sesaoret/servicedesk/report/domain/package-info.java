/**
 * The office's service statistics (issue 13): report periods (a month, the Thai fiscal year, its
 * ITA halves, custom dates) and the rules of the figures (the share within standard). Plain values,
 * unit-tested without a server.
 */
package th.go.sesaoret.servicedesk.report.domain;
