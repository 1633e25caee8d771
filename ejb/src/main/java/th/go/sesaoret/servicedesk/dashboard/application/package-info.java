/**
 * The dashboards of the role home pages (issue 13, part H3): what each role would rather look at
 * than read, every figure an aggregate statement of the database ({@link DashboardQueries}); a card
 * a role does not see is never queried. It reads the compliance report, the repairs' load and the
 * conference calendar through their application services; none of them knows the dashboard.
 */
package th.go.sesaoret.servicedesk.dashboard.application;
