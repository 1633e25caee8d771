/** The approval desk's page ({@code approval/desk.xhtml}) and its menu entry. */
package th.go.sesaoret.servicedesk.approval.web;
