/**
 * The dashboards on the role home pages (issue 13, part H3): the cards of {@code
 * WEB-INF/includes/dashboard-*.xhtml}, their chart.js configurations for {@code p:chart}, each
 * chart with a table of the same numbers beside it.
 */
package th.go.sesaoret.servicedesk.dashboard.web;
