/** The inbox page, the unread count in the header, and the administrator's dead letters. */
package th.go.sesaoret.servicedesk.notification.web;
