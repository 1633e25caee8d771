/**
 * The dashboards' rules (issue 13, part H3): the on-time rate of finished steps and the office's
 * week and day in Asia/Bangkok. Plain values, unit-tested without a server.
 */
package th.go.sesaoret.servicedesk.dashboard.domain;
