/** The inbox page and the unread count in the header. */
package th.go.sesaoret.servicedesk.notification.web;
