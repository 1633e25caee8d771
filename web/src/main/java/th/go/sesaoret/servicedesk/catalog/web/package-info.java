/** The public manual page and the administrator's catalog page. */
package th.go.sesaoret.servicedesk.catalog.web;
