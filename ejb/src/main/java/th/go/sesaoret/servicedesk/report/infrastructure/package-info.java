/** The report's aggregate queries (SQL both H2 and PostgreSQL run) and its XLSX / CSV writers. */
package th.go.sesaoret.servicedesk.report.infrastructure;
