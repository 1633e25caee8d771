/** The dashboards' aggregate statements in SQL (issue 13, part H3). */
package th.go.sesaoret.servicedesk.dashboard.infrastructure;
